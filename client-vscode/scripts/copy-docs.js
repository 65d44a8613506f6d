// Copies the rule pages (docs/rules/<ID>.md at the repository root) into the extension, so that
// "OpenGovLint: 显示规则说明" opens them offline. Missing pages are not an error: the command then
// follows the diagnostic's help link instead.
'use strict';
const fs = require('fs');
const path = require('path');

const source = path.resolve(__dirname, '..', '..', 'docs', 'rules');
const target = path.resolve(__dirname, '..', 'docs', 'rules');

fs.rmSync(target, { recursive: true, force: true });
fs.mkdirSync(target, { recursive: true });
let copied = 0;
if (fs.existsSync(source)) {
  for (const name of fs.readdirSync(source)) {
    if (/^OGL\d{4}\.md$/.test(name)) {
      fs.copyFileSync(path.join(source, name), path.join(target, name));
      copied++;
    }
  }
}
console.log(`copy-docs: ${copied} rule page(s) from ${path.relative(process.cwd(), source) || '.'} to ${path.relative(process.cwd(), target)}`);
