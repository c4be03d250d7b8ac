-- meetings.lua: every meeting, visit, call and agreement with who, where and when.
return dossier.report {
  name = "meetings",
  description = "Meetings, visits, calls and agreements: date, kind, participants, place, CAMEO code.",
  categories = { "diplomacy" },
  author = "Dossier developers",
  license = "MIT",
  api_version = "1",
  args = { since = { type = "date", help = "leave out events before this date" } },

  on_start = function(ctx)
    ctx.out:table { name = "meetings", columns = { "date", "kind", "participants", "place", "cameo", "doc" } }
  end,

  on_document = function(doc, ctx)
    local since = ctx.args.since and dossier.date(ctx.args.since)
    for ev in doc:events { kind = { "meeting", "visit", "hosting", "call", "agreement" } } do
      if not since or (ev.date and ev.date >= since) then
        ctx.out:row { date = ev.date and tostring(ev.date) or "", kind = ev.kind,
                      participants = dossier.names(ev.participants), place = ev.place and ev.place.name or "",
                      cameo = ev.cameo or "", doc = doc.id }
      end
    end
  end,
}
