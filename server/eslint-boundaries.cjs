'use strict';

// docs/architecture.md, "Allowed dependencies": which module may import which. Every module may use platform/.
const MODULES = ['identity', 'question-bank', 'exams', 'training', 'contests', 'competency', 'kpi', 'coaching', 'live', 'reports'];
const MAY_USE = {
  identity: [],
  'question-bank': ['identity'],
  exams: ['question-bank', 'identity', 'live'],
  training: ['exams', 'identity', 'live', 'competency'],
  contests: ['exams', 'identity', 'competency'],
  competency: ['identity'],
  kpi: ['identity'],
  coaching: ['competency', 'kpi', 'identity'],
  live: ['identity'],
  reports: ['exams', 'kpi', 'identity'],
};
const FRAMEWORKS = ['@nestjs', 'typeorm', 'class-validator', 'class-transformer'];

/** Every upload goes through @FileUpload (platform/files/file-upload.ts) and its archive guard. */
const uploads = {
  name: '@nestjs/platform-express',
  importNames: [
    'FileInterceptor',
    'FilesInterceptor',
    'FileFieldsInterceptor',
    'AnyFilesInterceptor',
    'NoFilesInterceptor',
    'MulterModule',
  ],
  message: 'Take uploads with @FileUpload (platform/files/file-upload.ts).',
};
/** An import of one of these modules, from anywhere under src/ (imports are relative). */
const moduleImport = (names) => `^(?:\\.\\./)+(?:modules/)?(?:${names.join('|')})(?:/|$)`;

function modulePatterns(module) {
  const allowed = MAY_USE[module];
  const forbidden = MODULES.filter((m) => m !== module && !allowed.includes(m));
  const patterns = [
    {
      regex: moduleImport(forbidden),
      message: `${module} may use ${[...allowed, 'platform'].join(', ')} only (docs/architecture.md, "Allowed dependencies").`,
    },
  ];
  if (allowed.length) {
    patterns.push({
      // another module is used through its use cases, domain, DTOs, entities and published SQL fragments, never its repositories or controllers
      regex: `${moduleImport(allowed).slice(0, -'(?:/|$)'.length)}/(?:persistence/(?![^/]*(?:\\.entity|-sql)$)|http/(?!dto/|access\\.decorators$)|cli/)`,
      message: "Go through the other module's application services (its use cases), not its repositories, caches or controllers.",
    });
  }
  return patterns;
}

const domainPatterns = [
  {
    group: FRAMEWORKS.flatMap((f) => [f, `${f}/*`]),
    message: 'domain/ is plain TypeScript: no Nest, TypeORM, class-validator or class-transformer.',
  },
  { regex: '(?:^|/)(?:application|persistence|http)/', message: 'domain/ depends on no use case, repository or HTTP code.' },
];

/** SQL lives in persistence/ (decisions: "Data access"): elsewhere in a module the query helpers are out of reach. */
const noSql = {
  regex: '(?:^|/)platform/database/query$',
  message: 'Put the statement in a repository under persistence/ and call it by name.',
};

const restrict = (files, patterns, { ignores, uploadsAllowed = false } = {}) => ({
  files,
  ...(ignores && { ignores }),
  rules: { 'no-restricted-imports': ['error', { paths: uploadsAllowed ? [] : [uploads], patterns }] },
});

/** Later entries replace earlier ones for the files they match, so each file gets exactly one list. */
function importRules() {
  const platform = [
    {
      regex: '(?:^|/)modules/(?!identity/http/access\\.decorators$)',
      message: "platform/ uses no module, except identity's access decorators (docs/architecture.md).",
    },
  ];
  return [
    restrict(['src/**/*.ts'], []),
    restrict(['src/platform/**/*.ts'], platform, { ignores: ['src/platform/database/schema-registry.ts'] }),
    restrict(['src/platform/files/file-upload.ts'], platform, { uploadsAllowed: true }),
    ...MODULES.flatMap((m) => [
      restrict([`src/modules/${m}/**/*.ts`], modulePatterns(m)),
      restrict([`src/modules/${m}/**/application/**/*.ts`, `src/modules/${m}/**/http/**/*.ts`], [...modulePatterns(m), noSql]),
      restrict([`src/modules/${m}/**/domain/**/*.ts`], [...modulePatterns(m), ...domainPatterns, noSql]),
    ]),
  ];
}

const noSqlCalls = {
  files: ['src/modules/**/application/**/*.ts', 'src/modules/**/http/**/*.ts', 'src/modules/**/domain/**/*.ts'],
  rules: {
    'no-restricted-syntax': [
      'error',
      {
        selector: "CallExpression[callee.type='MemberExpression'][callee.property.name='query']",
        message: 'SQL lives in persistence/: call a named repository function (decisions: "Data access").',
      },
    ],
  },
};

/** The module boundaries of docs/architecture.md as ESLint flat-config entries; `module-boundaries.spec.ts` proves they bite. */
module.exports = { boundaryRules: [...importRules(), noSqlCalls], MODULES, MAY_USE };
