-- mentions.lua: how often each entity is mentioned across the corpus.
local counts, order = {}, {}

return dossier.report {
  name = "mentions",
  description = "Mention counts per entity across the corpus (people, places, organizations...).",
  categories = { "summary" },
  author = "Dossier developers",
  license = "MIT",
  api_version = "1",
  args = {
    kind = { type = "list", help = "only these kinds (comma-separated)" },
    top = { type = "integer", default = 50, help = "rows at most" },
  },

  on_document = function(doc, ctx)
    local filter = (ctx.args.kind and #ctx.args.kind > 0) and { kind = ctx.args.kind } or nil
    for e in doc:entities(filter) do
      if e.kind ~= "date" and e.kind ~= "quantity" and e.kind ~= "money" and e.kind ~= "percent" then
        local key = e.attributes.corpus_id or (e.kind .. ":" .. e.name)
        if not counts[key] then
          counts[key] = { name = e.name, kind = e.kind, mentions = 0, articles = 0 }
          order[#order + 1] = key
        end
        counts[key].mentions = counts[key].mentions + #e.mentions
        counts[key].articles = counts[key].articles + 1
      end
    end
  end,

  on_finish = function(ctx)
    table.sort(order, function(a, b)
      local x, y = counts[a], counts[b]
      return x.mentions > y.mentions or (x.mentions == y.mentions and x.name < y.name)
    end)
    ctx.out:table { name = "mentions", columns = { "name", "kind", "mentions", "articles" } }
    for i, key in ipairs(order) do
      if i > ctx.args.top then break end
      ctx.out:row(counts[key])
    end
  end,
}
