// Compiles a JSON Schema (draft 2020-12) with ajv in strict mode, every strict option on and formats checked, and
// validates documents against it. Any warning or error fails: exit status 1.
// Usage: node ajv-strict.cjs schema.json [document.json ...]  (ajv and ajv-formats found through NODE_PATH)
"use strict";
const fs = require("fs");
const Ajv2020 = require("ajv/dist/2020");
const addFormats = require("ajv-formats");

const messages = [];
const logger = { log: () => {}, warn: (...m) => messages.push("warning: " + m.join(" ")),
    error: (...m) => messages.push("error: " + m.join(" ")) };
const ajv = new Ajv2020({ strict: true, strictSchema: true, strictNumbers: true, strictTypes: true,
    strictTuples: true, strictRequired: true, allErrors: true, logger });
addFormats(ajv);
let validate;
try {
    validate = ajv.compile(JSON.parse(fs.readFileSync(process.argv[2], "utf8")));
} catch (e) {
    messages.push("error: " + e.message);
}
if (validate) {
    for (const document of process.argv.slice(3)) {
        if (!validate(JSON.parse(fs.readFileSync(document, "utf8")))) {
            messages.push("invalid " + document + ": " + ajv.errorsText(validate.errors));
        }
    }
}
if (messages.length > 0) {
    console.log(messages.join("\n"));
    process.exit(1);
}
console.log("ajv strict: schema compiled, " + (process.argv.length - 3) + " documents valid");
