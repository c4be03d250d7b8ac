-- briefing.lua: what an analyst reads first about a set of articles.
-- Who met whom, where and when; people and their roles; organizations and memberships;
-- a timeline of dated events; the numbers. Copy it and change it.
local meetings, people, memberships, timeline, numbers = {}, {}, {}, {}, {}
local seen_people, seen_memberships = {}, {}

local function name_of(entity) return entity and entity.name or "" end

return dossier.report {
  name = "briefing",
  description = "Who met whom where and when, people and roles, organizations and memberships, a timeline, the numbers.",
  categories = { "summary", "diplomacy" },
  author = "Dossier developers",
  license = "MIT",
  api_version = "1",
  args = {
    limit = { type = "integer", default = 50, help = "rows at most per section" },
  },

  on_document = function(doc, ctx)
    for ev in doc:events { kind = { "meeting", "visit", "call", "agreement" } } do
      local who = {}
      for _, p in ipairs(ev.participants) do who[#who + 1] = p.entity end
      meetings[#meetings + 1] = {
        date = ev.date and tostring(ev.date) or (doc.date or ""),
        kind = ev.kind,
        who = dossier.names(who),
        place = name_of(ev.place),
        doc = doc.id,
      }
    end
    for person in doc:entities { kind = "person" } do
      local roles = {}
      for _, role in ipairs(person.roles) do
        local where = role.country or (role.org and role.org.name) or ""
        roles[#roles + 1] = role.title .. (where ~= "" and (" (" .. where .. ")") or "")
      end
      local key = person.attributes.corpus_id or person.name
      if not seen_people[key] then
        seen_people[key] = { name = person.name, roles = table.concat(roles, "; "), articles = 0 }
        people[#people + 1] = seen_people[key]
      end
      local row = seen_people[key]
      row.articles = row.articles + 1
      if row.roles == "" then row.roles = table.concat(roles, "; ") end
    end
    for rel in doc:relations { kind = "member_of" } do
      local key = name_of(rel.subject) .. "|" .. name_of(rel.object)
      if not seen_memberships[key] then
        seen_memberships[key] = true
        memberships[#memberships + 1] = { member = name_of(rel.subject), organization = name_of(rel.object) }
      end
    end
    for ev in doc:events() do
      if ev.date and ev.kind ~= "statement" then
        timeline[#timeline + 1] = { date = ev.date, what = ev.kind .. ": " .. dossier.names((function()
          local list = {}
          for _, p in ipairs(ev.participants) do list[#list + 1] = p.entity end
          return list
        end)()), doc = doc.id }
      end
    end
    for q in doc:entities { kind = { "quantity", "money", "percent" } } do
      local counted = q.attributes.counted or q.attributes.currency or q.attributes.unit or ""
      numbers[#numbers + 1] = { value = q.name, of = counted, doc = doc.id }
    end
  end,

  on_finish = function(ctx)
    local limit = ctx.args.limit
    local function section(title, name, columns, rows)
      ctx.out:heading(title)
      ctx.out:table { name = name, columns = columns }
      for i, row in ipairs(rows) do
        if i > limit then break end
        ctx.out:row(row)
      end
      if #rows == 0 then ctx.out:text("(none)") end
    end
    table.sort(meetings, function(a, b) return a.date < b.date end)
    section("Who met whom", "meetings", { "date", "kind", "who", "place", "doc" }, meetings)
    table.sort(people, function(a, b) return a.articles > b.articles or (a.articles == b.articles and a.name < b.name) end)
    section("People and roles", "people", { "name", "roles", "articles" }, people)
    table.sort(memberships, function(a, b) return a.organization < b.organization or (a.organization == b.organization and a.member < b.member) end)
    section("Memberships", "memberships", { "organization", "member" }, memberships)
    table.sort(timeline, function(a, b) return a.date < b.date end)
    for _, row in ipairs(timeline) do row.date = tostring(row.date) end
    section("Timeline", "timeline", { "date", "what", "doc" }, timeline)
    section("The numbers", "numbers", { "value", "of", "doc" }, numbers)
  end,
}
