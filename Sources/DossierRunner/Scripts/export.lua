-- export.lua: the model as relational tables (entities, mentions, relations, events);
-- use --format csv or jsonl.
return dossier.report {
  name = "export",
  description = "The entity model as tables: entities, mentions, relations, events (use --format csv or jsonl).",
  categories = { "export" },
  author = "Dossier developers",
  license = "MIT",
  api_version = "1",
  args = { table = { choices = { "entities", "mentions", "relations", "events" }, default = "entities",
                     help = "which table to write" } },

  on_start = function(ctx)
    local columns = {
      entities = { "doc", "id", "kind", "name", "aliases", "corpus_id" },
      mentions = { "doc", "entity", "text", "first", "last", "sentence", "form" },
      relations = { "doc", "id", "kind", "subject", "object" },
      events = { "doc", "id", "kind", "participants", "place", "date", "cameo" },
    }
    ctx.out:table { name = ctx.args.table, columns = columns[ctx.args.table] }
  end,

  on_document = function(doc, ctx)
    local which = ctx.args.table
    if which == "entities" then
      for e in doc:entities() do
        ctx.out:row { doc = doc.id, id = e.id, kind = e.kind, name = e.name,
                      aliases = table.concat(e.aliases, "; "), corpus_id = e.attributes.corpus_id or "" }
      end
    elseif which == "mentions" then
      for e in doc:entities() do
        for _, m in ipairs(e.mentions) do
          ctx.out:row { doc = doc.id, entity = e.id, text = m.text, first = m.first, last = m.last,
                        sentence = m.sentence or "", form = m.form }
        end
      end
    elseif which == "relations" then
      for r in doc:relations() do
        ctx.out:row { doc = doc.id, id = r.id, kind = r.kind, subject = r.subject.id, object = r.object and r.object.id or "" }
      end
    else
      for ev in doc:events() do
        local ids = {}
        for _, p in ipairs(ev.participants) do ids[#ids + 1] = p.entity.id end
        ctx.out:row { doc = doc.id, id = ev.id, kind = ev.kind, participants = table.concat(ids, " "),
                      place = ev.place and ev.place.id or "", date = ev.date and tostring(ev.date) or "", cameo = ev.cameo or "" }
      end
    end
  end,
}
