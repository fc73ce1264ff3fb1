-- Neovim (0.7+) as a second LSP client of the Corroborate server: started through
-- `corroborate lsp --stdio` with the built-in client on examples/, it must publish diagnostics for an opened
-- article (vim.diagnostic.get) and answer a hover. Run by test/nvim/run.mjs; exits 0 on success, 1 otherwise.

local repo = assert(os.getenv('CORROBORATE_REPO'), 'CORROBORATE_REPO is not set')
local examples = repo .. '/examples'
local article = examples .. '/coastal-wire.txt'
local other = 'harbour-gazette.md'
local shared_quote = 'We will not gamble with the lives'
local timeout_ms = tonumber(os.getenv('CORROBORATE_NVIM_TIMEOUT_MS') or '30000')

local passed, failed = 0, 0

local function out(line)
  io.stdout:write(line .. '\n')
  io.stdout:flush()
end

local function check(name, fn)
  local ok, err = pcall(fn)
  if ok then
    passed = passed + 1
    out('  ✓ ' .. name)
  else
    failed = failed + 1
    out('  ✗ ' .. name .. '\n      ' .. tostring(err):gsub('\n', '\n      '))
  end
  return ok
end

local function finish()
  out(string.format('\n%d passed, %d failed', passed, failed))
  if failed == 0 and passed > 0 then
    vim.cmd('qall!')
  else
    vim.cmd('cquit! 1')
  end
end

local function main()
  out('neovim ' .. tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. ' LSP client')
  local server_exit = nil
  local client_id = vim.lsp.start_client({
    name = 'corroborate',
    cmd = { 'node', repo .. '/bin/corroborate.js', 'lsp', '--stdio' },
    cmd_cwd = examples,
    root_dir = examples,
    workspace_folders = { { uri = vim.uri_from_fname(examples), name = 'examples' } },
    on_exit = function(code, signal)
      server_exit = string.format('code %s, signal %s', tostring(code), tostring(signal))
    end,
  })
  assert(client_id, 'vim.lsp.start_client returned nil')

  vim.cmd('edit ' .. vim.fn.fnameescape(article))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(bufnr, client_id)

  local function ours()
    local list = {}
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.source == 'corroborate' then table.insert(list, d) end
    end
    return list
  end

  local function code_of(d)
    if d.code ~= nil then return tostring(d.code) end
    local lsp = d.user_data and d.user_data.lsp
    return lsp and lsp.code and tostring(lsp.code) or ''
  end

  -- The line and column of the shared quote, found by text (0-based, as LSP wants them).
  local quote_line, quote_col
  for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local col = line:find(shared_quote, 1, true)
    if col then quote_line, quote_col = i - 1, col - 1 break end
  end

  check('the article contains the shared quote', function()
    assert(quote_line, 'examples/coastal-wire.txt no longer contains "' .. shared_quote .. '"')
  end)

  local corroborated
  check('diagnostics arrive (vim.diagnostic.get)', function()
    local arrived = vim.wait(timeout_ms, function()
      for _, d in ipairs(ours()) do
        if code_of(d) == 'corroborated' and d.lnum == quote_line then corroborated = d return true end
      end
      return server_exit ~= nil
    end, 50)
    assert(not server_exit, 'the language server exited: ' .. tostring(server_exit))
    local got = {}
    for _, d in ipairs(ours()) do table.insert(got, string.format('%d:%s', d.lnum + 1, code_of(d))) end
    assert(arrived and corroborated, string.format('no corroborated diagnostic on line %d within %d ms; got: %s',
      (quote_line or -1) + 1, timeout_ms, table.concat(got, ', ')))
    out(string.format('      %d corroborate diagnostics: %s', #got, table.concat(got, ', ')))
  end)

  check('the corroborated diagnostic points at the other article', function()
    assert(corroborated, 'no corroborated diagnostic')
    local related = corroborated.user_data and corroborated.user_data.lsp and corroborated.user_data.lsp.relatedInformation
    assert(type(related) == 'table' and #related > 0, 'no relatedInformation')
    local found = false
    for _, r in ipairs(related) do
      if r.location and r.location.uri:sub(-#other) == other then found = true end
    end
    assert(found, 'relatedInformation does not point at ' .. other)
  end)

  check('a hover answers (textDocument/hover)', function()
    assert(quote_line, 'no quote position')
    local params = {
      textDocument = { uri = vim.uri_from_bufnr(bufnr) },
      position = { line = quote_line, character = quote_col + 3 },
    }
    local responses, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, timeout_ms)
    assert(responses, 'hover request failed: ' .. tostring(err))
    local text = ''
    for _, resp in pairs(responses) do
      assert(not resp.err, 'hover error: ' .. vim.inspect(resp.err))
      local contents = resp.result and resp.result.contents
      if type(contents) == 'table' then
        text = text .. (contents.value or table.concat(vim.tbl_map(function(c)
          return type(c) == 'table' and (c.value or '') or tostring(c)
        end, contents), '\n'))
      elseif type(contents) == 'string' then
        text = text .. contents
      end
    end
    assert(text:find('corroborated', 1, true), 'hover does not give the verdict: ' .. text)
    assert(text:find('harbour', 1, true) or text:find('Harbour', 1, true), 'hover does not name the other source: ' .. text)
    out('      hover: ' .. text:gsub('\n.*', '') )
  end)

  vim.lsp.stop_client(client_id)
  vim.wait(3000, function() return server_exit ~= nil end, 50)
end

local ok, err = pcall(main)
if not ok then
  failed = failed + 1
  out('  ✗ ' .. tostring(err))
end
finish()
