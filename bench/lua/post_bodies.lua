-- POST one of the bodies in BODIES_FILE (one JSON document a line), round robin, with a bearer.
local bodies = {}
local index = 0

init = function(args)
  local path, token, target = args[1], args[2], args[3]
  for line in io.lines(path) do
    bodies[#bodies + 1] = line
  end
  wrk.method = "POST"
  wrk.path = target
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. token
end

request = function()
  index = index % #bodies + 1
  return wrk.format(nil, nil, nil, bodies[index])
end
