/**
 * The required sections and the heading starts accepted for each: the contract's English names
 * first, then the built-in names in the languages plans are written in. Each language's words
 * were chosen as a translator would head the section (and checked against the real plans of
 * ../shared/corpus written in that language); `docs/languages.md` lists them with a gloss.
 * A `sections` setting replaces a section's whole list.
 */
export declare const DEFAULT_SECTION_NAMES: {
    readonly Purpose: readonly ["purpose", "目的", "目标", "目標", "목적", "propósito", "objetivo", "finalidad", "objectif", "but", "zweck", "ziel", "цель", "назначение"];
    readonly Progress: readonly ["progress", "进度", "进展", "進度", "進展", "進捗", "진행", "진척", "progreso", "avance", "progresso", "andamento", "progression", "avancement", "fortschritt", "прогресс", "ход работ", "ход работы"];
    readonly 'Surprises & Discoveries': readonly ["surprises", "意外与发现", "意外和发现", "意外發現", "意外與發現", "意外", "发现", "發現", "驚きと発見", "想定外", "発見", "놀라운 점", "놀란 점", "발견", "sorpresas", "hallazgos", "descubrimientos", "surpresas", "descobertas", "découvertes", "überraschungen", "erkenntnisse", "сюрпризы", "неожиданности", "открытия", "находки"];
    readonly 'Decision Log': readonly ["decision log", "decisions", "决策日志", "决策记录", "决策", "決策日誌", "決策記錄", "決策紀錄", "決策", "決定ログ", "決定記録", "意思決定", "決定事項", "결정 기록", "결정 로그", "의사결정", "결정", "registro de decisiones", "decisiones", "registro de decisões", "registo de decisões", "decisões", "journal des décisions", "décisions", "entscheidungsprotokoll", "entscheidungen", "журнал решений", "решения"];
    readonly 'Outcomes & Retrospective': readonly ["outcomes", "retrospective", "结果与回顾", "成果与回顾", "结果", "成果", "回顾", "複盤", "结果與回顧", "結果與回顧", "結果", "回顧", "振り返り", "成果と振り返り", "결과", "회고", "성과", "resultados", "retrospectiva", "resultado", "résultats", "rétrospective", "bilan", "ergebnisse", "rückblick", "retrospektive", "результаты", "итоги", "ретроспектива"];
    readonly Context: readonly ["context", "上下文", "背景", "脈絡", "背景と文脈", "コンテキスト", "文脈", "맥락", "배경", "컨텍스트", "contexto", "contexte", "kontext", "hintergrund", "контекст"];
    readonly Validation: readonly ["validation", "acceptance", "验证", "验收", "驗證", "驗收", "検証", "受け入れ", "完了条件", "검증", "validación", "verificación", "aceptación", "validação", "verificação", "aceitação", "vérification", "recette", "validierung", "abnahme", "prüfung", "проверка", "валидация", "приёмка", "приемка"];
};
/** The contract's English names of each section, which messages show. */
export declare const ENGLISH_SECTION_NAMES: Readonly<Record<keyof typeof DEFAULT_SECTION_NAMES, readonly string[]>>;
export type RequiredSectionName = keyof typeof DEFAULT_SECTION_NAMES;
export type SectionNames = Record<RequiredSectionName, readonly string[]>;
export declare const REQUIRED_SECTIONS: RequiredSectionName[];
/** Section headings whose terms count as defined (see `undefined-jargon`). */
export declare const GLOSSARY_SECTION_NAMES: string[];
