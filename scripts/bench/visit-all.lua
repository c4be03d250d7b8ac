-- Visits every entity, mention, relation and event of every document (for scripts/bench-report).
local entities, mentions, relations, events = 0, 0, 0, 0
return {
  name = "visit-all",
  on_document = function(doc)
    for e in doc:entities() do
      entities = entities + 1
      local _ = e.name, e.kind
      for _, m in ipairs(e.mentions) do mentions = mentions + #m.text end
    end
    for r in doc:relations() do relations = relations + (r.object and 1 or 0) end
    for ev in doc:events() do
      events = events + #ev.participants
      local _ = ev.place, ev.date
    end
  end,
  on_finish = function() print(entities, mentions, relations, events) end,
}
