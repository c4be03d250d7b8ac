---@meta dossier
-- LuaLS annotations for the Dossier Lua API (API version 1). Written by `dossier types`;
-- point your editor's workspace.library at the folder holding this file. A test checks these
-- declarations against the host's bindings, so they do not drift.

---@class dossier
---@field version string the host's version
---@field api_version string the Lua API version scripts can rely on
dossier = {}

---Declares a report (returns the table, marked as a report).
---@param spec dossier.ReportSpec
---@return dossier.ReportSpec
function dossier.report(spec) end

---Declares an extractor (returns the table, marked as an extractor).
---@param spec dossier.ExtractorSpec
---@return dossier.ExtractorSpec
function dossier.extractor(spec) end

---A date value from ISO text ("2022-07-30", "1991-12", "1992").
---@param text string?
---@return dossier.Date?
function dossier.date(text) end

---"A, B and C" from entities, participants, tables with a name, or strings.
---@param list table
---@param conjunction string?
---@return string
function dossier.names(list, conjunction) end

---Compiles a token pattern (see docs/patterns.md).
---@param source string
---@param options { phrases: table<string, string[]> }?
---@return dossier.Pattern
function dossier.pattern(source, options) end

---@class dossier.ArgSpec
---@field type "string"|"number"|"integer"|"boolean"|"date"|"list"|nil
---@field help string?
---@field default any
---@field required boolean?
---@field choices string[]?

---@class dossier.ReportSpec
---@field name string?
---@field description string?
---@field categories string[]?
---@field author string?
---@field license string?
---@field api_version string?
---@field args table<string, dossier.ArgSpec>?
---@field on_start fun(ctx: dossier.Context)?
---@field on_document fun(doc: dossier.Document, ctx: dossier.Context)?
---@field on_finish fun(ctx: dossier.Context)?

---@class dossier.ExtractorSpec
---@field name string?
---@field description string?
---@field provides string[]?
---@field needs string[]?
---@field after string[]?
---@field before string[]?
---@field extract fun(doc: dossier.Document, add: dossier.Add)

---@class dossier.Context
---@field args table<string, any> the arguments, typed, defaults filled in
---@field out dossier.Output
---@field script { name: string, path: string }

---@class dossier.Output
local Output = {}
---@param ... any
function Output:text(...) end
---@param text string
---@param level integer?
function Output:heading(text, level) end
---@param spec { name: string?, columns: string[] }
function Output:table(spec) end
---@param row table
function Output:row(row) end
---@param record table<string, any>
function Output:record(record) end

---@class dossier.Add
---@field entity fun(spec: { kind: string, first: integer?, last: integer?, span: integer[]?, name: string?, attributes: table? }): string
---@field mention fun(spec: { entity: string, first: integer?, last: integer?, span: integer[]?, form: string? }): string
---@field attribute fun(spec: { entity: string, key: string, value: any }): string
---@field relation fun(spec: { kind: string, subject: string, object: string?, attributes: table?, evidence: integer[]? }): string
---@field event fun(spec: { kind: string, participants: table?, place: string?, date: string?, attributes: table?, evidence: integer[]? }): string

---@class dossier.Paragraph
---@field index integer
---@field kind "body"|"heading"|"boilerplate"|"dateline"
---@field text string
---@field first integer
---@field last integer

---@class dossier.Sentence
---@field index integer
---@field paragraph integer
---@field text string
---@field first integer
---@field last integer

---@class dossier.Token
---@field index integer
---@field kind "word"|"number"|"punctuation"|"symbol"|"possessive"
---@field text string
---@field first integer
---@field last integer

---@class dossier.Section
---@field index integer
---@field heading string? nil for the text before the first heading
---@field paragraphs integer[] indices into doc.paragraphs

---@class dossier.Document
---@field id string
---@field text string
---@field title string?
---@field date string?
---@field place string?
---@field source string?
---@field url string?
---@field metadata table<string, any>
---@field paragraphs dossier.Paragraph[]
---@field sentences dossier.Sentence[]
---@field tokens dossier.Token[]
---@field sections dossier.Section[]
---@field entities dossier.Entity[]
---@field relations dossier.Relation[]
---@field events dossier.Event[]
local Document = {}
---@param filter table?
---@return fun(): dossier.Entity
function Document:entities(filter) end
---@param filter table?
---@return fun(): dossier.Relation
function Document:relations(filter) end
---@param filter table?
---@return fun(): dossier.Event
function Document:events(filter) end
---@param id string
---@return dossier.Entity?
function Document:entity(id) end
---@param first integer
---@param last integer
---@return string
function Document:slice(first, last) end

---@class dossier.Mention
---@field text string
---@field first integer
---@field last integer
---@field sentence integer?
---@field form "name"|"acronym"|"adjective"|"pronoun"|"description"|"value"
---@field resolution string?
---@field entity dossier.Entity

---@class dossier.Role
---@field title string
---@field title_text string
---@field country string?
---@field org dossier.Entity?
---@field relation dossier.Relation

---@class dossier.Entity
---@field id string
---@field kind string
---@field name string
---@field producer string
---@field aliases string[]
---@field attributes table<string, any>
---@field mentions dossier.Mention[]
---@field roles dossier.Role[]
---@field country string?
---@field date dossier.Date?

---@class dossier.Relation
---@field id string
---@field kind string
---@field subject dossier.Entity
---@field object dossier.Entity?
---@field attributes table<string, any>
---@field evidence string?
---@field producer string

---@class dossier.Participant
---@field entity dossier.Entity
---@field role string?

---@class dossier.Event
---@field id string
---@field kind string
---@field participants dossier.Participant[]
---@field place dossier.Entity?
---@field date dossier.Date?
---@field date_entity dossier.Entity?
---@field attributes table<string, any>
---@field cameo string?
---@field evidence string?
---@field producer string

---@class dossier.Date
---@field year integer
---@field month integer?
---@field day integer?
---@field precision "year"|"month"|"day"
local Date = {}
---@param pattern string
---@return string
function Date:format(pattern) end

---@class dossier.PatternCapture
---@field text string
---@field first integer
---@field last integer
---@field entity dossier.Entity?

---@class dossier.PatternMatch
---@field index integer
---@field text string
---@field first integer
---@field last integer
---@field sentence integer
---@field captures table<string, dossier.PatternCapture>
---@field entities dossier.PatternCapture[]

---@class dossier.Pattern
local Pattern = {}
---@param doc dossier.Document
---@return dossier.PatternMatch[]
function Pattern:matches(doc) end
