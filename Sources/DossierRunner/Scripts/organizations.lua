-- organizations.lua: organizations with their acronyms and the members the articles name.
local orgs, order = {}, {}

return dossier.report {
  name = "organizations",
  description = "Organizations with acronyms, parent bodies and members named in the articles.",
  categories = { "summary", "diplomacy" },
  author = "Dossier developers",
  license = "MIT",
  api_version = "1",

  on_document = function(doc)
    local function row_for(org)
      local key = org.attributes.corpus_id or org.name
      if not orgs[key] then
        orgs[key] = { name = org.name, acronym = org.attributes.acronym or "", part_of = org.attributes.part_of or "",
                      members = {}, articles = 0 }
        order[#order + 1] = key
      end
      return orgs[key]
    end
    for org in doc:entities { kind = "organization" } do row_for(org).articles = row_for(org).articles + 1 end
    for rel in doc:relations { kind = "member_of" } do
      if rel.object then row_for(rel.object).members[rel.subject.name] = true end
    end
  end,

  on_finish = function(ctx)
    ctx.out:table { name = "organizations", columns = { "name", "acronym", "part_of", "members", "articles" } }
    table.sort(order, function(a, b) return orgs[a].name < orgs[b].name end)
    for _, key in ipairs(order) do
      local row, members = orgs[key], {}
      for name in pairs(row.members) do members[#members + 1] = name end
      table.sort(members)
      ctx.out:row { name = row.name, acronym = row.acronym, part_of = row.part_of,
                    members = table.concat(members, ", "), articles = row.articles }
    end
  end,
}
