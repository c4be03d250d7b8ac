-- The same measurement under the stock lua5.4 interpreter (the peer).
package.path = arg[0]:gsub("[^/]*$", "") .. "?.lua;" .. package.path
for _, row in ipairs(require("call-cost")) do print(string.format("%-28s %7.1f ns", row[1], row[2])) end
