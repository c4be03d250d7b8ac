-- A trivial report: counts documents and sentences (for documents-per-second figures).
local documents, sentences = 0, 0
return {
  name = "trivial",
  on_document = function(doc) documents = documents + 1; sentences = sentences + #doc.sentences end,
  on_finish = function() print(documents .. " documents, " .. sentences .. " sentences") end,
}
