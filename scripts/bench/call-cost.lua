-- Measures the cost of one call from Lua: pure-Lua function, C function inside liblua
-- (math.abs), and a Dossier host function (Swift through the C trampoline).
local N = tonumber(os.getenv and os.getenv("N")) or 10000000

local function time(label, body)
  local best = math.huge
  for _ = 1, 5 do
    local start = os.clock()
    body()
    best = math.min(best, os.clock() - start)
  end
  return label, best * 1e9 / N
end

local function pure(x) return x end
local host = dossier and dossier._echo
local abs = math.abs

local rows = {}
local function add(label, ns) rows[#rows + 1] = { label, ns } end
add(time("empty loop", function() local s = 0 for i = 1, N do s = s + i end end))
add(time("pure-Lua function", function() local s = 0 for i = 1, N do s = s + pure(i) end end))
add(time("math.abs (C in liblua)", function() local s = 0 for i = 1, N do s = s + abs(i) end end))
if host then
  add(time("dossier._echo (Swift host)", function() local s = 0 for i = 1, N do s = s + host(i) end end))
end
return rows
