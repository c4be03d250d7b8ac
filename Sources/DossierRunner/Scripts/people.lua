-- people.lua: the people named across the articles, with their roles and how often they appear.
local people, order = {}, {}

return dossier.report {
  name = "people",
  description = "People with their roles, nationality and the number of articles and mentions.",
  categories = { "summary" },
  author = "Dossier developers",
  license = "MIT",
  api_version = "1",

  on_document = function(doc)
    for person in doc:entities { kind = "person" } do
      local key = person.attributes.corpus_id or person.name
      local row = people[key]
      if not row then
        row = { name = person.name, roles = {}, nationality = "", articles = 0, mentions = 0 }
        people[key] = row
        order[#order + 1] = key
      end
      row.articles = row.articles + 1
      row.mentions = row.mentions + #person.mentions
      row.nationality = person.attributes.nationality or row.nationality
      for _, role in ipairs(person.roles) do
        local text = role.title .. ((role.country or (role.org and role.org.name)) and (" (" .. (role.country or role.org.name) .. ")") or "")
        row.roles[text] = true
      end
    end
  end,

  on_finish = function(ctx)
    ctx.out:table { name = "people", columns = { "name", "roles", "nationality", "articles", "mentions" } }
    table.sort(order, function(a, b)
      return people[a].mentions > people[b].mentions or (people[a].mentions == people[b].mentions and people[a].name < people[b].name)
    end)
    for _, key in ipairs(order) do
      local row, roles = people[key], {}
      for text in pairs(row.roles) do roles[#roles + 1] = text end
      table.sort(roles)
      ctx.out:row { name = row.name, roles = table.concat(roles, "; "), nationality = row.nationality,
                    articles = row.articles, mentions = row.mentions }
    end
  end,
}
