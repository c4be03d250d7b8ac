-- first-sentences.lua: the first sentence of every article, cut to a width.
-- Run it:  dossier run examples/reports/first-sentences.lua examples/articles --arg width=60
return dossier.report {
  name = "first-sentences",
  description = "The first sentence of every article.",
  categories = { "summary" },
  args = { width = { type = "integer", default = 80, help = "cut sentences to this many bytes" } },

  on_start = function(ctx)
    ctx.out:table { name = "first", columns = { "id", "sentence" } }
  end,

  on_document = function(doc, ctx)
    local first = doc.sentences[1]
    ctx.out:row { id = doc.id, sentence = first and first.text:sub(1, ctx.args.width) or "" }
  end,
}
