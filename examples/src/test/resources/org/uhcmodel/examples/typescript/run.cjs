// Runs the compiled read-dataset.js on a document. Usage: node run.cjs out/read-dataset.js document.json
"use strict";
const fs = require("fs");
const path = require("path");
const { summarize } = require(path.resolve(process.argv[2]));
process.stdout.write(summarize(fs.readFileSync(process.argv[3], "utf8")) + "\n");
