// A generated dialog-skill workspace JSON of a requested size, with personal data planted in a known
// share of the examples (synthetic values written here; deterministic for a given size).
export function bigWorkspace(targetBytes: number, plantEvery = 50): string {
  const words = ['order', 'status', 'refund', 'delivery', 'account', 'password', 'reset', 'card', 'balance', 'store', 'hours', 'open', 'help', 'change', 'cancel', 'plan'];
  const intents: string[] = [];
  let size = 0;
  let n = 0;
  for (let i = 0; size < targetBytes; i++) {
    const examples: string[] = [];
    for (let j = 0; j < 40; j++, n++) {
      let text = `${words[n % 16]} my ${words[(n * 7) % 16]} ${words[(n * 3) % 16]} please ${n}`;
      if (n % plantEvery === 0) text += ` email me at user${n}.smith@gmail.com`;
      examples.push(`        { "text": "${text}" }`);
    }
    const intent = `    {\n      "intent": "intent_${i}",\n      "examples": [\n${examples.join(',\n')}\n      ]\n    }`;
    intents.push(intent);
    size += intent.length + 2;
  }
  return `{\n  "name": "Generated",\n  "language": "en",\n  "intents": [\n${intents.join(',\n')}\n  ],\n  "entities": [],\n  "dialog_nodes": []\n}\n`;
}
