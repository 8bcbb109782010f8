// Reads every *.itf.json file of a folder with Quint's own ITF reader
// (@informalsystems/quint, found through NODE_PATH) and prints, per file,
// one JSON line: the file name, and per state the value read for `served`.
// A file Quint cannot read makes the script exit non-zero.
const fs = require("fs");
const path = require("path");
const { ofItf } = require("@informalsystems/quint/dist/src/itf");

function field(record, name) {
  for (let index = 0; index < record.args.length; index += 2) {
    if (record.args[index].value === name) return record.args[index + 1];
  }
  throw new Error(`no field ${name}`);
}

const folder = process.argv[2];
for (const name of fs.readdirSync(folder).filter((file) => file.endsWith(".itf.json")).sort()) {
  const states = ofItf(JSON.parse(fs.readFileSync(path.join(folder, name), "utf8")));
  console.log(JSON.stringify({ file: name, served: states.map((state) => field(state, "served").value) }));
}
