// Lints Dockerfiles offline: the syntax and semantics checks of the Docker language service
// (dockerfile-utils: unknown instructions and flags, bad ports and durations, JSON forms, ...)
// plus the rules these images promise (hadolint is not packaged for this machine):
//   - every base image has an explicit tag, none is `latest`;
//   - the final stage runs as a non-root user, has a HEALTHCHECK and EXPOSEs its port;
//   - apt-get install uses --no-install-recommends and removes the package lists;
//   - COPY, not ADD; COPY --from names an earlier stage.
//   node lint-dockerfiles.mjs FILE...
//   node lint-dockerfiles.mjs --self-test   broken Dockerfiles must each be caught
import { readFileSync } from 'node:fs';
import { DockerfileParser } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';

function resolve(text, args) {
  return text.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (whole, name) => args.get(name) ?? whole);
}

export function lint(content) {
  const problems = validate(content).map((d) => `line ${d.range.start.line + 1}: ${d.message}`);
  const dockerfile = DockerfileParser.parse(content);
  const at = (instruction) => `line ${instruction.getRange().start.line + 1}`;

  // ARGs before the first FROM parameterise the base images
  const globalArgs = new Map();
  for (const arg of dockerfile.getInitialARGs()) {
    const property = arg.getProperty();
    if (property) globalArgs.set(property.getName(), property.getValue() ?? '');
  }

  const stages = [];
  for (const instruction of dockerfile.getInstructions()) {
    const keyword = instruction.getKeyword();
    if (keyword === 'FROM') {
      stages.push({ from: instruction, instructions: [] });
      continue;
    }
    if (!stages.length) continue;
    stages.at(-1).instructions.push(instruction);
  }
  if (!stages.length) return [...problems, 'no FROM'];

  const stageNames = [];
  for (const stage of stages) {
    const image = resolve(stage.from.getImage() ?? '', globalArgs);
    const name = stage.from.getBuildStage();
    if (!stageNames.includes(image)) {
      if (/\$/.test(image)) problems.push(`${at(stage.from)}: base image ${image} depends on an ARG without a default`);
      else {
        const lastPart = image.split('/').at(-1);
        const tag = lastPart.includes('@') ? 'digest' : lastPart.split(':')[1];
        if (!tag) problems.push(`${at(stage.from)}: base image ${image} has no tag`);
        else if (tag === 'latest') problems.push(`${at(stage.from)}: base image ${image} uses the moving tag latest`);
      }
    }
    for (const instruction of stage.instructions) {
      const keyword = instruction.getKeyword();
      const text = instruction.getArgumentsContent() ?? '';
      if (keyword === 'ADD' && !/^(--\S+\s+)*https?:\/\//.test(text)) problems.push(`${at(instruction)}: use COPY for local files, not ADD`);
      if (keyword === 'COPY') {
        const from = instruction.getFlags().find((f) => f.getName() === 'from')?.getValue();
        if (from && !/[/:]/.test(from) && !stageNames.includes(from)) problems.push(`${at(instruction)}: COPY --from=${from} names no earlier stage`);
      }
      if (keyword === 'RUN' && /apt-get\s+(-\S+\s+)*install/.test(text)) {
        if (!/--no-install-recommends/.test(text)) problems.push(`${at(instruction)}: apt-get install without --no-install-recommends`);
        if (!/rm -rf \/var\/lib\/apt\/lists/.test(text)) problems.push(`${at(instruction)}: apt-get install without removing /var/lib/apt/lists in the same RUN`);
      }
    }
    if (name) stageNames.push(name);
  }

  const final = stages.at(-1);
  const keywords = final.instructions.map((i) => i.getKeyword());
  const users = final.instructions.filter((i) => i.getKeyword() === 'USER');
  const user = users.at(-1)?.getArgumentsContent()?.trim();
  if (!user) problems.push('the final stage sets no USER: it would run as root');
  else if (/^(root|0)(:.*)?$/.test(user)) problems.push(`the final stage runs as ${user}`);
  if (!keywords.includes('HEALTHCHECK')) problems.push('the final stage has no HEALTHCHECK');
  if (!keywords.includes('EXPOSE')) problems.push('the final stage EXPOSEs no port');
  return problems;
}

function selfTest() {
  const good = [
    'ARG BASE=eclipse-temurin:17-jre-noble',
    'FROM ${BASE} AS build',
    'RUN echo build > /out',
    'FROM ${BASE}',
    'RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
    'COPY --from=build /out /out',
    'EXPOSE 8080',
    'USER 10001',
    'HEALTHCHECK --interval=10s CMD curl -f http://127.0.0.1:8080/health || exit 1',
    'ENTRYPOINT ["java", "-jar", "/app.jar"]',
    '',
  ].join('\n');
  const cases = [
    ['unknown instruction', (d) => d.replace('RUN echo', 'RUNN echo'), /Unknown instruction/],
    ['bad port', (d) => d.replace('EXPOSE 8080', 'EXPOSE 80a'), /containerPort/],
    ['bad duration', (d) => d.replace('--interval=10s', '--interval=ten'), /duration/],
    ['unknown flag', (d) => d.replace('COPY --from', 'COPY --frm'), /Unknown flag/],
    ['untagged image', (d) => d.replace('eclipse-temurin:17-jre-noble', 'eclipse-temurin'), /no tag/],
    ['latest', (d) => d.replace('17-jre-noble', 'latest'), /latest/],
    ['root', (d) => d.replace('USER 10001', 'USER root'), /runs as root/],
    ['no user', (d) => d.replace('USER 10001\n', ''), /no USER/],
    ['no health check', (d) => d.replace(/HEALTHCHECK.*\n/, ''), /no HEALTHCHECK/],
    ['recommends', (d) => d.replace(' --no-install-recommends', ''), /no-install-recommends/],
    ['lists kept', (d) => d.replace(' && rm -rf /var/lib/apt/lists/*', ''), /apt\/lists/],
    ['unknown stage', (d) => d.replace('--from=build', '--from=builder'), /names no earlier stage/],
    ['ADD', (d) => d.replace('COPY --from=build /out /out', 'ADD out /out'), /not ADD/],
  ];
  const baseline = lint(good);
  if (baseline.length) throw new Error(`self-test: the valid Dockerfile fails: ${baseline.join('; ')}`);
  const missed = cases.filter(([, breakIt, expected]) => !lint(breakIt(good)).some((p) => expected.test(p)));
  for (const [name] of missed) console.error(`self-test: "${name}" was not caught`);
  if (missed.length) process.exit(1);
  console.log(`Dockerfile lint self-test: all ${cases.length} broken variants caught`);
}

const args = process.argv.slice(2);
if (args[0] === '--self-test') {
  selfTest();
} else {
  let failed = false;
  for (const file of args) {
    const problems = lint(readFileSync(file, 'utf8'));
    if (problems.length) {
      failed = true;
      console.error(`${file}: ${problems.length} problem(s)`);
      for (const p of problems) console.error(`  ${p}`);
    } else {
      console.log(`${file}: ok`);
    }
  }
  if (failed) process.exit(1);
}
