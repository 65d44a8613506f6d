import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';

export const DOTNET_DOWNLOAD_URL = 'https://dotnet.microsoft.com/download';

export type ServerLaunch =
  | { ok: true; command: string; args: string[]; description: string }
  | { ok: false; reason: 'no-dotnet' | 'not-found'; message: string };

/** Looks an executable up on PATH (and in DOTNET_ROOT for dotnet), like the shell would. */
export function findOnPath(name: string, extraDirs: string[] = []): string | undefined {
  const exts = process.platform === 'win32'
    ? (process.env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';').filter(Boolean)
    : [''];
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), ...extraDirs].filter(Boolean);
  for (const dir of dirs) {
    for (const ext of exts) {
      const candidate = path.join(dir, name + ext);
      try {
        const st = fs.statSync(candidate);
        if (st.isFile()) {
          if (process.platform !== 'win32') {
            fs.accessSync(candidate, fs.constants.X_OK);
          }
          return candidate;
        }
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

export function findDotnet(): string | undefined {
  const extra: string[] = [];
  if (process.env.DOTNET_ROOT) {
    extra.push(process.env.DOTNET_ROOT);
  }
  if (process.platform !== 'win32') {
    extra.push('/usr/share/dotnet', '/usr/lib/dotnet', '/usr/local/share/dotnet', path.join(os.homedir(), '.dotnet'));
  }
  return findOnPath('dotnet', extra);
}

function expandPath(p: string): string {
  let result = p.trim();
  if (result === '~' || result.startsWith('~/')) {
    result = path.join(os.homedir(), result.slice(1));
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  if (folder) {
    result = result.replace(/\$\{workspaceFolder\}/g, folder);
    if (!path.isAbsolute(result)) {
      result = path.join(folder, result);
    }
  }
  return result;
}

/** The native (NativeAOT) server a platform-specific package carries; it needs no .NET. */
export function nativeServerPath(extensionPath: string): string {
  return path.join(extensionPath, 'server', process.platform === 'win32' ? 'opengovlint-server.exe' : 'opengovlint-server');
}

/** A native server that can be run: present, and executable (the mode bit is restored if unpacking lost it). */
function runnableNative(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) {
      return false;
    }
    if (process.platform !== 'win32') {
      try {
        fs.accessSync(file, fs.constants.X_OK);
      } catch {
        fs.chmodSync(file, 0o755);
      }
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * How to start the server: `opengovlint.server.path` when set (an executable, or a .dll run with dotnet);
 * otherwise the server shipped in the extension's `server/` folder: the NativeAOT executable of a
 * platform-specific package (linux-x64…), which needs no .NET, or else the framework-dependent build of the
 * universal package, run with dotnet. vscode-languageclient appends `--stdio` to the arguments.
 */
export function resolveServerLaunch(extensionPath: string): ServerLaunch {
  const configured = vscode.workspace.getConfiguration('opengovlint').get<string>('server.path')?.trim() ?? '';
  if (!configured) {
    const native = nativeServerPath(extensionPath);
    if (runnableNative(native)) {
      return { ok: true, command: native, args: [], description: native };
    }
  }
  const target = configured ? expandPath(configured) : path.join(extensionPath, 'server', 'opengovlint-server.dll');

  if (!fs.existsSync(target)) {
    return {
      ok: false,
      reason: 'not-found',
      message: configured
        ? `OpenGovLint：找不到设置 opengovlint.server.path 指定的服务器：${target}`
        : `OpenGovLint：扩展包中缺少语言服务器（${target}），请重新安装扩展。`,
    };
  }
  if (target.toLowerCase().endsWith('.dll')) {
    const dotnet = findDotnet();
    if (!dotnet) {
      return {
        ok: false,
        reason: 'no-dotnet',
        message: 'OpenGovLint 需要 .NET 10 运行时，但在 PATH 中找不到 dotnet 命令。请安装 .NET 后重启 VS Code，报告检查才会生效；'
          + '或者安装适用于本平台的 OpenGovLint 扩展包（自带无需 .NET 的服务器）。',
      };
    }
    return { ok: true, command: dotnet, args: [target], description: `${dotnet} ${target}` };
  }
  return { ok: true, command: target, args: [], description: target };
}
