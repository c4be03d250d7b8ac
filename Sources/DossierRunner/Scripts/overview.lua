-- overview.lua: a first look at a set of articles.
-- For each document: its id, title, date, place and size; then totals.
-- Run it:  dossier run overview examples/articles   (bundled; copy it to change it)

local totals = { documents = 0, sentences = 0, headings = 0, boilerplate = 0 }

return dossier.report {
  name = "overview",
  description = "One line per article (title, date, place, sentences), then totals.",
  categories = { "summary" },
  author = "Dossier developers",
  license = "MIT",
  api_version = "1",
  args = {
    width = { type = "integer", default = 60, help = "truncate titles to this many characters" },
  },

  on_start = function(ctx)
    ctx.out:heading("Articles")
    ctx.out:table { name = "articles", columns = { "id", "date", "place", "sentences", "title" } }
  end,

  on_document = function(doc, ctx)
    totals.documents = totals.documents + 1
    totals.sentences = totals.sentences + #doc.sentences
    for _, paragraph in ipairs(doc.paragraphs) do
      if paragraph.kind == "heading" then totals.headings = totals.headings + 1 end
      if paragraph.kind == "boilerplate" then totals.boilerplate = totals.boilerplate + 1 end
    end
    local title = doc.title or (doc.sentences[1] and doc.sentences[1].text) or ""
    if utf8.len(title) and utf8.len(title) > ctx.args.width then
      title = title:sub(1, utf8.offset(title, ctx.args.width) - 1) .. "…"
    end
    ctx.out:row { id = doc.id, date = doc.date or "", place = doc.place or "",
                  sentences = #doc.sentences, title = title }
  end,

  on_finish = function(ctx)
    ctx.out:heading("Totals")
    ctx.out:text(string.format("%d documents, %d sentences, %d headings, %d boilerplate lines",
      totals.documents, totals.sentences, totals.headings, totals.boilerplate))
  end,
}
