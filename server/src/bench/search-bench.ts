import { Client } from 'pg';
import { percentile } from './latency-stats';

export interface SearchBenchResult {
  questions: number;
  seedSeconds: number;
  queries: Array<{ term: string; matches: number; p50Ms: number; p95Ms: number }>;
}

const WORDS = [
  '零售户',
  '许可证',
  '总量浮动',
  '自主提报',
  '卷烟',
  '订单',
  '客户经理',
  '经营指导',
  '市场',
  '货源',
  '品牌',
  '预测',
  '专卖',
  '系统',
  '陈列',
  '价格',
  '服务',
  '拜访',
  '商圈',
  '条码',
];

/**
 * Trainers search a bank by any part of a stem or option: a bank of `count` synthetic questions,
 * then timed searches through the API (the trigram index serves terms of three or more characters).
 */
export async function runSearchBench(databaseUrl: string, baseUrl: string, count: number): Promise<SearchBenchResult> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const started = Date.now();
  let bankId: string;
  try {
    const [root] = (await client.query(`SELECT id FROM org_unit WHERE parent_id IS NULL LIMIT 1`)).rows as Array<{ id: string }>;
    bankId = (
      (await client.query(`INSERT INTO question_bank (name, owner_unit_id) VALUES ('十万题库', $1) RETURNING id`, [root.id])).rows[0] as {
        id: string;
      }
    ).id;
    const words = `ARRAY[${WORDS.map((w) => `'${w}'`).join(',')}]`;
    const pickWord = (salt: number) => `(${words})[1 + ((g * ${salt}) % ${WORDS.length})]`;
    await client.query(
      `WITH q AS (
         INSERT INTO question (bank_id, key, type, dimension, difficulty, tags, search_text, fingerprint, current_version)
         SELECT $1, 'big-' || g, 'single', '日常业务', 1 + g % 5, '{}',
                '第' || g || '题：关于' || ${pickWord(7)} || '和' || ${pickWord(13)} || '的说法，正确的是' || ${pickWord(17)} || E'\\n甲 ' || ${pickWord(3)} || E'\\n乙 ' || ${pickWord(11)},
                md5(g::text) || md5((g * 31)::text), 1
           FROM generate_series(1, $2) g
         RETURNING id, key, search_text)
       INSERT INTO question_version (question_id, version, content)
       SELECT id, 1, jsonb_build_object('type', 'single', 'stem', split_part(search_text, E'\\n', 1), 'answer', 'A',
              'options', jsonb_build_array(jsonb_build_object('id', 'A', 'text', '甲'), jsonb_build_object('id', 'B', 'text', '乙')))
         FROM q`,
      [bankId, count],
    );
    await client.query('ANALYZE question');
  } finally {
    await client.end();
  }
  const seedSeconds = Math.round((Date.now() - started) / 100) / 10;
  const login = (await (
    await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'trainer', password: 'kaoping-demo' }),
    })
  ).json()) as { accessToken: string };
  const queries: SearchBenchResult['queries'] = [];
  // the bank's own list, then the search across every bank the trainer sees (all words must match)
  const searches = [
    ...['总量浮动', '零售户', '许可', '第99999题', 'V3', '不存在的词语'].map((term) => ({
      term,
      query: term,
      path: `/api/question-banks/${bankId}/questions?pageSize=20&q=`,
    })),
    ...['许可 零售户', '总量浮动 V3', '许可'].map((term) => ({
      term: `跨库：${term}`,
      query: term,
      path: '/api/question-banks/search?pageSize=20&q=',
    })),
  ];
  for (const { term, query, path } of searches) {
    const times: number[] = [];
    let matches = 0;
    for (let i = 0; i < 15; i++) {
      const t0 = performance.now();
      const res = await fetch(`${baseUrl}${path}${encodeURIComponent(query)}`, {
        headers: { authorization: `Bearer ${login.accessToken}` },
      });
      const body = (await res.json()) as { total: number };
      times.push(performance.now() - t0);
      matches = body.total;
    }
    times.sort((a, b) => a - b);
    queries.push({ term, matches, p50Ms: Math.round(percentile(times, 50)), p95Ms: Math.round(percentile(times, 95)) });
  }
  return { questions: count, seedSeconds, queries };
}
