-- Drives `checker lsp` from headless Neovim 0.7 (Debian's): the draft gets FC1001 on "$7.5 billion", the hover
-- quotes the source, the preferred code action writes the source's figure and the diagnostic goes away.
-- Environment: CHECKER_DLL (built checker.dll), CHECKER_DRAFT (a copy of dev-02-figures.md), CHECKER_CACHE.
-- Prints one "ok"/"FAIL" line per step on stdout (headless print() goes to stderr) and exits non-zero on failure.

local passed, failed = 0, 0
local function step(name, ok, detail)
  if ok then passed = passed + 1 else failed = failed + 1 end
  io.stdout:write((ok and "ok   " or "FAIL ") .. name .. (detail and (": " .. detail) or "") .. "\n")
  return ok
end

local function finish()
  io.stdout:write(string.format("%d passed, %d failed\n", passed, failed))
  io.stdout:flush()
  vim.cmd(failed == 0 and "qall!" or "cquit 1")
end

local function lsp_code(d)
  return (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or d.code
end

local function find(bufnr, needle)
  for row, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local col = string.find(line, needle, 1, true)
    if col then return row - 1, col - 1 end
  end
end

local function fc1001_at(bufnr, row, col)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if lsp_code(d) == "FC1001" and d.lnum == row and d.col == col then return d end
  end
end

vim.cmd("edit " .. vim.fn.fnameescape(os.getenv("CHECKER_DRAFT")))
local bufnr = vim.api.nvim_get_current_buf()
step("filetype is markdown", vim.bo[bufnr].filetype == "markdown", vim.bo[bufnr].filetype)

local client_id = vim.lsp.start_client({
  name = "checker",
  cmd = { "dotnet", os.getenv("CHECKER_DLL"), "lsp", "--stdio" },
  root_dir = vim.fn.fnamemodify(os.getenv("CHECKER_DRAFT"), ":h"),
  init_options = { cacheDirectory = os.getenv("CHECKER_CACHE") },
  settings = { checker = {} },
})
if not step("server started", client_id ~= nil) then return finish() end
vim.lsp.buf_attach_client(bufnr, client_id)

local row, col = find(bufnr, "$7.5 billion")
local diagnostic
vim.wait(60000, function() diagnostic = fc1001_at(bufnr, row, col); return diagnostic ~= nil end, 100)
if not step("FC1001 on $7.5 billion", diagnostic ~= nil) then return finish() end
local lsp = diagnostic.user_data and diagnostic.user_data.lsp or {}
local related = lsp.relatedInformation and lsp.relatedInformation[1]
step("evidence links into seeds/", related ~= nil and string.find(related.location.uri, "/seeds/", 1, true) ~= nil,
  related and related.location.uri or "no relatedInformation")

local uri = vim.uri_from_bufnr(bufnr)
local position = { line = row, character = col + 1 }
local hover = vim.lsp.buf_request_sync(bufnr, "textDocument/hover", { textDocument = { uri = uri }, position = position }, 20000)
local hover_text = hover and hover[client_id] and hover[client_id].result and hover[client_id].result.contents.value or ""
step("hover quotes the source", string.find(hover_text, "6.5 billion", 1, true) ~= nil, hover_text:match("[^\n]*"))

local actions = vim.lsp.buf_request_sync(bufnr, "textDocument/codeAction", {
  textDocument = { uri = uri },
  range = { start = { line = diagnostic.lnum, character = diagnostic.col },
            ["end"] = { line = diagnostic.end_lnum, character = diagnostic.end_col } },
  context = { diagnostics = {} },
}, 20000)
local preferred
for _, action in ipairs(actions and actions[client_id] and actions[client_id].result or {}) do
  if action.isPreferred and action.edit then preferred = action end
end
if not step("a preferred quick fix is offered", preferred ~= nil, preferred and preferred.title or vim.inspect(actions):sub(1, 400)) then return finish() end

vim.lsp.util.apply_workspace_edit(preferred.edit, "utf-16")
local fixed_line = vim.api.nvim_buf_get_lines(bufnr, row, row + 1, false)[1]
step("the fix writes the source's figure", string.find(fixed_line, "$6.5 billion", 1, true) ~= nil, fixed_line)
local cleared = vim.wait(30000, function() return fc1001_at(bufnr, row, col) == nil end, 100)
step("the diagnostic goes away", cleared)

vim.lsp.stop_client(client_id)
vim.wait(10000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 100)
finish()
