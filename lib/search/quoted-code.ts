/** Code quoted in pattern and limit pages: error text (signatures) or commands (how to look). */

/** Tools that open a command line. */
const TOOLS = new Set(
  (
    "kubectl helm sysctl journalctl systemctl conntrack iptables ip6tables ipvsadm ss netstat tcpdump nslookup curl " +
    "wget grep ls ps df du dmesg lsof strace ethtool crictl docker ctr nerdctl etcdctl kubeadm calicoctl cilium " +
    "aws gcloud az aliyun terraform eksctl kops nc traceroute mtr openssl lsblk cd sudo"
  ).split(" "),
);
/** Tools named by an English word: a log line may open with one too ("host not found", "mount failed: …"). */
const WORD_TOOLS = new Set("ab cat dig echo export free head host ip kill mount ping tail top watch".split(" "));
const READS_AS_ERROR =
  /: |\b(?:error|fail(?:ed|ure)?|refused|denied|not found|unable|cannot|can't|timed out|timeout|invalid|exceeded|unreachable|no such|already|unknown)\b/i;
/** Only options: `--max-pods`, `-o wide`, `-n kube-system -o wide`. */
const OPTIONS = /^--?[A-Za-z][\w.-]*(?:[= ][^\s-]\S*)?(?:\s+--?[A-Za-z][\w.-]*(?:[= ][^\s-]\S*)?)*$/;
/** Other entries are referred to by slug; a slug is neither error nor command. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+){2,}$/;
const MAX_QUOTED = 20;

/** Whether quoted text is something to type (a command line, a prompt, options) rather than something a system printed. */
export function isCommand(text: string): boolean {
  const line = text.trim();
  if (/^[$#] /.test(line) || OPTIONS.test(line)) return true;
  const tool = line.replace(/^(?:[A-Z_][A-Z0-9_]*=\S*\s+)+/, "").split(/\s/, 1)[0]!;
  if (TOOLS.has(tool)) return true;
  return WORD_TOOLS.has(tool) && !READS_AS_ERROR.test(line.split("|", 1)[0]!);
}

/** A code block's command lines (with their `\\` continuations) and the rest, the output, as one text. */
function splitBlock(block: string): { commands: string[]; output: string } {
  const commands: string[] = [];
  const output: string[] = [];
  let continued = false;
  for (const line of block.split("\n")) {
    const command: boolean = continued || isCommand(line);
    if (continued) commands[commands.length - 1] += `\n${line}`;
    else if (command) commands.push(line.trim());
    else output.push(line);
    continued = command && line.trimEnd().endsWith("\\");
  }
  return { commands, output: output.join("\n").trim() };
}

/**
 * Code quoted in markdown (spans and blocks) of a pattern or limit: the error
 * text is its signatures, compared with pastes; the commands only say how to
 * look, so they are indexed as commands and never count as signatures.
 */
export function quotedSpans(markdown: string): { errors: string[]; commands: string[] } {
  const errors = new Set<string>();
  const commands = new Set<string>();
  const add = (into: Set<string>, text: string) => {
    if (text.length >= 6 && !SLUG.test(text)) into.add(text);
  };
  for (const [, block] of markdown.matchAll(/```[^\n]*\n([\s\S]*?)```/g)) {
    const split = splitBlock(block!);
    split.commands.forEach((c) => add(commands, c));
    add(errors, split.output);
  }
  for (const [, span] of markdown.replace(/```[\s\S]*?```/g, "").matchAll(/`([^`\n]{6,400})`/g))
    add(isCommand(span!) ? commands : errors, span!.trim());
  return { errors: [...errors].slice(0, MAX_QUOTED), commands: [...commands].slice(0, MAX_QUOTED) };
}
