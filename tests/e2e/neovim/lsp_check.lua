-- Headless LSP check of the OpenGovLint server with Neovim's built-in client (Neovim 0.7.2 and later).
-- Opens one report, waits for the server's diagnostics, asserts that at least one carries a rule id
-- (OGL + four digits), asks for code actions on one of them and asserts that there is at least one.
--
-- Usage: LSP_CMD="dotnet client-vscode/server/opengovlint-server.dll --stdio" LSP_FILE=/tmp/x/report.md \
--        nvim --headless -u NONE -i NONE -n -c "luafile tests/e2e/neovim/lsp_check.lua"
-- Prints "ASSERT PASS|FAIL <file>: <what>" lines; exit code 0 (all passed), 1 (an assertion failed), 2 (error).
-- Only 0.7 API is used (vim.lsp.start_client/buf_attach_client; vim.lsp.start and nvim -l need 0.8/0.9).
local cmd = vim.split(os.getenv('LSP_CMD') or '', ' ', { trimempty = true })
local file = os.getenv('LSP_FILE') or ''
local timeout = tonumber(os.getenv('LSP_TIMEOUT_MS') or '20000')
local name = vim.fn.fnamemodify(file, ':t')

local function out(s) io.stdout:write(s .. '\n') end
local failed = 0
local function check(ok, what)
  out(string.format('ASSERT %s %s: %s', ok and 'PASS' or 'FAIL', name, what))
  if not ok then failed = failed + 1 end
end
local function finish(code)
  io.stdout:flush()
  vim.lsp.stop_client(vim.lsp.get_active_clients(), true)
  vim.cmd((code == 0) and 'qall!' or ('cquit ' .. code))
end

local function code_of(d)
  local c = d.code
  if type(c) == 'table' then c = c.value end
  return c ~= nil and tostring(c) or ''
end

-- Keep the raw LSP diagnostics (with code and data) for the codeAction context.
local raw = {}
local default_pub = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  raw[result.uri] = result.diagnostics
  return default_pub(err, result, ctx, config)
end

local ok, err = pcall(function()
  assert(#cmd > 0, 'LSP_CMD is not set')
  assert(file ~= '' and vim.fn.filereadable(file) == 1, 'LSP_FILE is not a readable file: ' .. file)
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'markdown'
  local client_id = vim.lsp.start_client({
    name = 'opengovlint',
    cmd = cmd,
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
    init_options = { language = 'zh', debounceMs = 0 },
    on_exit = function(code, signal)
      if code ~= 0 then out('server exited code=' .. code .. ' signal=' .. signal) end
    end,
  })
  assert(client_id, 'start_client failed')
  assert(vim.lsp.buf_attach_client(bufnr, client_id), 'buf_attach_client failed')
  local uri = vim.uri_from_bufnr(bufnr)

  local t0 = vim.loop.hrtime()
  local got = vim.wait(timeout, function() return raw[uri] ~= nil and #raw[uri] > 0 end, 20)
  local ms = math.floor((vim.loop.hrtime() - t0) / 1e6)
  local diags = raw[uri] or {}
  local with_id = {}
  for _, d in ipairs(diags) do
    local code = code_of(d)
    out(string.format('DIAG %s:%d:%d [%s %s] %s', name, d.range.start.line + 1, d.range.start.character + 1,
      tostring(d.source or ''), code, (d.message or ''):gsub('\n', ' ')))
    if code:match('^OGL%d%d%d%d$') then table.insert(with_id, d) end
  end
  check(got and #with_id > 0, string.format('%d diagnostics (%d with a rule id OGLnnnn) after %d ms', #diags, #with_id, ms))
  if #with_id == 0 then return end

  -- Ask for code actions on the diagnostics one by one until one has actions (at most 10 tries).
  local titles, asked = {}, nil
  for i = 1, math.min(#with_id, 10) do
    local d = with_id[i]
    local params = { textDocument = { uri = uri }, range = d.range, context = { diagnostics = { d } } }
    local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, timeout)
    for _, r in pairs(res or {}) do
      if r.err then out('codeAction error: ' .. vim.inspect(r.err)) end
      for _, a in ipairs(r.result or {}) do table.insert(titles, a.title) end
    end
    asked = code_of(d)
    if #titles > 0 then break end
  end
  for _, t in ipairs(titles) do out('ACTION ' .. asked .. ' ' .. t) end
  check(#titles > 0, string.format('%d code action(s) for %s', #titles, tostring(asked)))
end)
if not ok then
  out('ERROR: ' .. tostring(err))
  finish(2)
else
  finish(failed == 0 and 0 or 1)
end
