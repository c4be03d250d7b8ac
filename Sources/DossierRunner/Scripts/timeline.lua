-- timeline.lua: dated events and facts across the articles, oldest first.
local items = {}

return dossier.report {
  name = "timeline",
  description = "Dated events (meetings, agreements, recognition, relations...) in date order.",
  categories = { "summary" },
  author = "Dossier developers",
  license = "MIT",
  api_version = "1",
  args = { statements = { type = "boolean", default = false, help = "include statements" } },

  on_document = function(doc, ctx)
    for ev in doc:events() do
      if ev.date and (ctx.args.statements or ev.kind ~= "statement") then
        items[#items + 1] = { date = ev.date, kind = ev.kind, who = dossier.names(ev.participants),
                              place = ev.place and ev.place.name or "", doc = doc.id }
      end
    end
  end,

  on_finish = function(ctx)
    table.sort(items, function(a, b) return a.date < b.date end)
    ctx.out:table { name = "timeline", columns = { "date", "kind", "who", "place", "doc" } }
    for _, item in ipairs(items) do
      item.date = tostring(item.date)
      ctx.out:row(item)
    end
  end,
}
