-- The one schema of data/tracker.duckdb (DESIGN.md §2). The ETL creates it in a fresh
-- temporary file on every build; the dashboard only ever reads it.

CREATE TABLE articles (
    article_id     VARCHAR PRIMARY KEY,   -- first 16 hex digits of content_hash: stable across rebuilds
    url            VARCHAR,
    outlet         VARCHAR,
    title          VARCHAR NOT NULL,
    published_at   TIMESTAMP,             -- NULL when the input carries no date (flagged in `flags`)
    updated_at     TIMESTAMP,
    byline         VARCHAR,
    reporter_email VARCHAR,
    body           VARCHAR NOT NULL,      -- cleaned: exactly the article's paragraphs, '\n\n' between them
    source_path    VARCHAR NOT NULL,      -- file the article came from (with '#L3' / '#row5' for JSONL / xlsx)
    source_format  VARCHAR NOT NULL,      -- text | html | jsonl | bigkinds
    content_hash   VARCHAR NOT NULL,      -- sha256 of title + body
    source_urls    VARCHAR[],             -- where the article's facts come from (sample corpus metadata)
    flags          VARCHAR[],             -- e.g. 'no_date', 'excerpt' (BigKinds 본문 may be an excerpt)
    extra          JSON,                  -- input keys we do not model, kept as they came
    first_run_id   INTEGER NOT NULL
);

-- What cleaning removed from each article, so a reader can check nothing of the article was lost.
CREATE TABLE removed_lines (
    article_id VARCHAR NOT NULL,
    line_no    INTEGER NOT NULL,          -- 1-based line of the input text
    text       VARCHAR NOT NULL,
    reason     VARCHAR NOT NULL           -- dateline | ad | byline | copyright | menu | after_footer | caption | title | sample_note | blank_run
);

-- One row per sentence that makes or reports on a commitment.
CREATE TABLE mentions (
    -- Unique (a hash of article and position), checked when a build ends (etl.store.check_unique),
    -- not by a key: DuckDB holds a key's index in memory, and at 100,000 articles the mentions'
    -- index alone outgrew the build's memory cap.
    mention_id         VARCHAR NOT NULL,
    article_id         VARCHAR NOT NULL,
    commitment_id      VARCHAR,            -- NULL: context, or published after the day judged
    sentence           VARCHAR NOT NULL,   -- verbatim from the title or body
    in_title           BOOLEAN NOT NULL,
    sentence_start     INTEGER NOT NULL,   -- character offsets into body (or title when in_title)
    sentence_end       INTEGER NOT NULL,
    kind               VARCHAR NOT NULL,   -- new | progress | revision | achieved | delayed | cancelled
    extracted_kind     VARCHAR NOT NULL,   -- the kind the sentence alone gives (a later restatement of a promise is shown as progress)
    strength           VARCHAR,            -- decided | planned | volition | advocacy | prediction | reported | measured
    cue                VARCHAR,            -- the cue that made this a mention
    ministry           VARCHAR,            -- the sentence's body, or its commitment's when it names none
    extracted_ministry VARCHAR,            -- the body the sentence (its paragraph, its article) gives, which linking reads
    person             VARCHAR,
    person_title       VARCHAR,
    category           VARCHAR NOT NULL,   -- the sentence's topic, or its commitment's when it names none
    extracted_category VARCHAR,            -- the sentence's (and its article's) own topic, which linking reads
    object             VARCHAR,            -- what the target counts (GPU, 알뜰폰 요금제 …)
    target_value       DOUBLE,
    target_unit        VARCHAR,
    target_text        VARCHAR,
    target_approximate BOOLEAN,
    reported_value     DOUBLE,             -- a count or level a follow-up reports reached, which is no target
    reported_unit      VARCHAR,
    deadline           DATE,
    deadline_text      VARCHAR,
    deadline_precision VARCHAR,            -- day | month | quarter | half | year | event | unknown
    deadline_mod       VARCHAR,            -- BY | WITHIN | START | MID | END | AFTER | FROM | ON
    previous_deadline  DATE,
    quoted             BOOLEAN,            -- the commitment is inside a quotation
    recurring          BOOLEAN,            -- promised again for a new period (`올해도`): a recurring target's new edition
    keywords           VARCHAR[],          -- content nouns of the sentence: what linking compares
    phrase             VARCHAR,            -- the promise in the sentence's own words, without subject and reporting verb
    numbers            VARCHAR[],          -- every quantity of the sentence as 'value|unit' (3만 장 → '30000|장')
    published_at       TIMESTAMP           -- the article's date, repeated for time-travel queries
);

CREATE TABLE commitments (
    commitment_id      VARCHAR PRIMARY KEY,   -- hash of the first mention's content: stable across rebuilds
    ministry           VARCHAR,
    person             VARCHAR,
    category           VARCHAR NOT NULL,
    summary            VARCHAR NOT NULL,      -- the first mention's phrase: a verbatim excerpt
    object             VARCHAR,
    target_value       DOUBLE,
    target_unit        VARCHAR,
    deadline           DATE,
    deadline_text      VARCHAR,
    deadline_precision VARCHAR,
    previous_deadline  DATE,
    announced_at       DATE,
    status             VARCHAR NOT NULL,
    status_since       DATE,
    progress_value     DOUBLE,                -- latest reported amount done, in target_unit
    progress_ratio     DOUBLE,                -- progress_value / target_value
    mention_count      INTEGER NOT NULL,
    last_mentioned_at  DATE,
    first_mention_id   VARCHAR NOT NULL,
    source_sentence    VARCHAR NOT NULL
);

-- Every status a commitment went through, each with the evidence that moved it.
CREATE TABLE status_history (
    commitment_id VARCHAR NOT NULL,
    status        VARCHAR NOT NULL,
    since         DATE NOT NULL,
    mention_id    VARCHAR,                    -- NULL for 'deadline passed'
    source        VARCHAR NOT NULL,           -- rule | editor
    reason        VARCHAR
);

-- The chain of targets and deadlines a commitment has had (revisions in order).
CREATE TABLE revisions (
    commitment_id     VARCHAR NOT NULL,
    mention_id        VARCHAR NOT NULL,
    changed_at        DATE,
    target_value      DOUBLE,
    target_unit       VARCHAR,
    deadline          DATE,
    previous_deadline DATE,
    deadline_text     VARCHAR
);

-- Why a mention joined its commitment (or why it was left for review).
CREATE TABLE links (
    mention_id    VARCHAR NOT NULL,
    commitment_id VARCHAR NOT NULL,
    score         DOUBLE NOT NULL,
    reasons       VARCHAR NOT NULL,           -- e.g. '같은 부처; 단위 장; 공통어 GPU·확보'
    chosen        BOOLEAN NOT NULL            -- false: a close candidate kept for review
);

CREATE TABLE ministries (
    ministry    VARCHAR PRIMARY KEY,
    short_name  VARCHAR,
    aliases     VARCHAR[],
    english     VARCHAR,
    kind        VARCHAR,
    valid_from  DATE,
    valid_to    DATE,
    successor   VARCHAR
);

CREATE TABLE officials (
    person     VARCHAR NOT NULL,
    title      VARCHAR NOT NULL,
    ministry   VARCHAR NOT NULL,
    term_start DATE,
    term_end   DATE
);

CREATE TABLE categories (
    category VARCHAR PRIMARY KEY,
    label    VARCHAR NOT NULL,
    position INTEGER NOT NULL
);

-- Input files an earlier run read completely: one unchanged since (same size and modification
-- time) is not read again, which keeps re-running over a large archive cheap.
CREATE TABLE source_files (
    path     VARCHAR PRIMARY KEY,  -- absolute path
    size     BIGINT NOT NULL,
    mtime_ns BIGINT NOT NULL,
    articles INTEGER NOT NULL,     -- articles it holds (all stored)
    run_id   INTEGER NOT NULL
);

CREATE TABLE rejected_inputs (
    source_path VARCHAR NOT NULL,
    reason      VARCHAR NOT NULL,             -- empty | binary | encoding | no_article | too_large | bad_json | bad_columns | duplicate | no_date | unreadable
    detail      VARCHAR,                      -- Korean / English message
    run_id      INTEGER NOT NULL
);

CREATE TABLE etl_runs (
    run_id           INTEGER PRIMARY KEY,
    started_at       TIMESTAMP NOT NULL,
    finished_at      TIMESTAMP,
    files_seen       INTEGER NOT NULL,
    articles_added   INTEGER NOT NULL,
    articles_skipped INTEGER NOT NULL,
    rejected         INTEGER NOT NULL,
    version          VARCHAR NOT NULL,        -- extraction rules and reference data (etl.build.extraction_version)
    as_of            DATE,
    inputs           VARCHAR[],
    link_version     VARCHAR                  -- linking rules (etl.build.link_version); NULL before it was kept
);

-- ---------------------------------------------------------------------------------------------
-- Derived tables: recomputed from the tables above by etl/derived.py `refresh` at the end of every
-- build, so the dashboard answers its questions at a million articles without aggregating the
-- history on every click. `row_id` is the commitment's rowid in `commitments` (written once per
-- build into a fresh file, so it is stable), the key the dashboard sorts and joins on.

-- Each commitment as it stood over a span of days [valid_from, valid_to): the status, target and
-- deadline then in force (what the dashboard's `as_of` shows). Spans end where a status or a
-- revision changes; only spans on or after the announcement are kept.
CREATE TABLE commitment_states (
    row_id             BIGINT NOT NULL,
    valid_from         DATE NOT NULL,         -- '-infinity' for the span before the first change
    valid_to           DATE NOT NULL,         -- exclusive; 'infinity' for the last span
    commitment_id      VARCHAR NOT NULL,
    ministry           VARCHAR,
    person             VARCHAR,
    category           VARCHAR,
    summary            VARCHAR,
    object             VARCHAR,
    target_value       DOUBLE,
    target_unit        VARCHAR,
    deadline           DATE,
    deadline_text      VARCHAR,
    deadline_precision VARCHAR,
    previous_deadline  DATE,
    announced_at       DATE,
    stated_status      VARCHAR,               -- the rule's last status on the day (before 기한 경과 is applied)
    stated_since       DATE,
    progress_value     DOUBLE,
    progress_ratio     DOUBLE,
    mention_count      INTEGER,
    last_mentioned_at  DATE,
    source_sentence    VARCHAR,
    first_mention_id   VARCHAR
);

-- One row per commitment: how often its target/deadline was set or revised, and the text the
-- search box looks in (summary, person, ministry and each distinct linked sentence once, joined
-- by U+001F).
CREATE TABLE commitment_facts (
    row_id         BIGINT NOT NULL,
    commitment_id  VARCHAR NOT NULL,
    revision_count INTEGER NOT NULL,
    search_text    VARCHAR NOT NULL
);

-- One row per linked mention with integer keys: which commitment (row_id), which article
-- (`article_row`: its rowid in `articles`, NULL when the article is missing; `article_rank`: the
-- rank of its article_id, so ties sort as by article_id) and when it was published.
CREATE TABLE article_mentions (
    commitment_row BIGINT,                    -- NULL when the commitment is not in this build
    article_row    BIGINT,
    article_rank   BIGINT NOT NULL,
    published_at   TIMESTAMP
);

-- The rule's status moves (status_history, source 'rule') with integer keys, newest first: the
-- 최근 변화 list filters them by commitment row and fetches the sentence by mention row.
CREATE TABLE status_moves (
    commitment_row BIGINT,                    -- NULL when the commitment is not in this build
    commitment_id  VARCHAR NOT NULL,
    since          DATE NOT NULL,
    status         VARCHAR NOT NULL,
    reason         VARCHAR,
    mention_row    BIGINT                     -- rowid in `mentions`; NULL for 'deadline passed'
);
