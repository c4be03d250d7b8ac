-- Runs call-cost.lua inside the Dossier host and prints ns per iteration.
return {
  name = "call-cost",
  on_start = function(ctx)
    local rows = require("call-cost")
    for _, row in ipairs(rows) do print(string.format("%-28s %7.1f ns", row[1], row[2])) end
  end,
  on_document = function() end,
}
