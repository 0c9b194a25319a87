process.env.KAOPING_TEST_ENGINE = 'pglite';
