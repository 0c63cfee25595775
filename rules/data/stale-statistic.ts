/**
 * Data for `stale-statistic`: where a year is a citation or the date of a figure, where it is a
 * historical fact, what "a new study" looks like, and how seasonal vaccine advice is dated.
 */

export const WHO_INFODEMIC =
  "WHO, Let's flatten the infodemic curve (2020): check the date, https://www.who.int/news-room/spotlight/let-s-flatten-the-infodemic-curve";
export const NAM_2021 =
  "Kington et al., Identifying Credible Sources of Health Information in Social Media, NAM Perspectives 2021, doi:10.31478/202107a (sources should be current)";
export const CDC_FLU_SEASONAL =
  "CDC, Who Needs a Flu Vaccine (the vaccine is reformulated every season; one dose each season), https://www.cdc.gov/flu/vaccines/vaccinations.html";

/**
 * A year in a citation or as the date of a figure. Each alternative captures the year in group 1..n
 * (the rule takes the last year in the match, so a range "2010-2018" dates the figure 2018).
 */
export const CITED_YEAR_CONTEXTS: ReadonlyArray<{ id: string; pattern: RegExp; source: string }> = [
  {
    id: "year-before-evidence",
    // "a 2015 study", "2018 CDC data", "the 2016 survey", "2012-2014 figures"
    pattern:
      /\b((?:19|20)\d{2})(?:\s*[-–]\s*((?:19|20)\d{2}))?\s+(?:(?:[A-Z]{2,6}|national|federal|state|global|annual|nationwide|census|Gallup|Pew|KFF)\s+){0,2}(?:stud(?:y|ies)|survey|surveys|report|reports|data|dataset|statistics|stats|figures|estimates?|census|review|meta-analysis|analysis|trial|poll|numbers|findings|paper)\b/gi,
    source: `${WHO_INFODEMIC}; ${NAM_2021}`,
  },
  {
    id: "evidence-from-year",
    // "a study from 2014", "data published in 2016", "a survey conducted in 2013", "as of 2017"
    pattern:
      /\b(?:stud(?:y|ies)|survey|report|data|statistics|stats|figures|estimates?|census|review|analysis|trial|poll|numbers|paper)\s+(?:(?:was|were)\s+)?(?:from|of|in|published\s+in|released\s+in|conducted\s+in|done\s+in|dated|for)\s+((?:19|20)\d{2})\b|\bas\s+of\s+((?:19|20)\d{2})\b/gi,
    source: `${WHO_INFODEMIC}; ${NAM_2021}`,
  },
  {
    id: "parenthetical-citation",
    // "(2014)", "(Smith et al., 2014)", "(CDC, 2015)", "JAMA 2016;315:..."
    pattern:
      /\((?:[^()\n]{0,60}?[,;]\s*|[A-Z][\w.&]{1,20}\s+|)((?:19|20)\d{2})[a-z]?(?:[;:,][^()\n]{0,30})?\)|\bet\s+al\.?,?\s+((?:19|20)\d{2})\b|\b(?:JAMA|NEJM|Lancet|BMJ|Pediatrics|Circulation|MMWR|Cochrane)\.?\s+((?:19|20)\d{2})\b/g,
    source: `${WHO_INFODEMIC}; ${NAM_2021}`,
  },
  {
    id: "in-year-statistic",
    // "In 2014, 30% of adults...", "in 2016 there were 1.2 million cases" (the sentence must carry a figure)
    pattern: /\b(?:in|during|by)\s+((?:19|20)\d{2})\b|\b(?:from|between)\s+(?:19|20)\d{2}\s+(?:to|and|through)\s+((?:19|20)\d{2})\b/gi,
    source: `${WHO_INFODEMIC}; ${NAM_2021}`,
  },
];

/** A figure in a sentence: percent, "1 in 5", rate, a count with a unit of people or cases. */
export const FIGURE =
  /\d\s*%|\b\d+(?:\.\d+)?\s*percent\b|\b\d+\s+(?:in|out\s+of)\s+\d+\b|\b(?:one|two|three|four|five)\s+in\s+(?:\d+|three|four|five|six|seven|eight|nine|ten)\b|\b\d[\d,.]*\s+(?:(?:million|billion|thousand)\s+)?(?:people|adults|children|kids|teens|women|men|americans|patients|deaths|cases|births|infections|hospitali[sz]ations|visits)\b|\b(?:rates?|prevalence|incidence|percent|doubled|tripled|halved|times\s+(?:more|less|as)|rose|risen|fell|fallen|increased|decreased|declined|dropped|grew|climbed)\b/i;

/** Words that make a year a historical fact ("licensed in 1955", "founded in 1998"), not a figure's date. */
export const HISTORICAL =
  /\b(?:founded|established|est\.?|opened|built|licensed|approved|introduced|invented|discovered|developed|launched|started|began|begun|created|born|died|since|first|incorporated|dedicated|celebrat\w*|anniversary|serv(?:ing|ed)|chartered|named|renamed|merged|acquired|joined|graduated|class\s+of|copyright|in\s+business|history|historic(?:al)?|back\s+in|ago|dating|dates\s+back|signed|passed|enacted|eradicated|declared|awarded|won|pandemic|outbreak|epidemic|hurricane|earthquake|tsunami|wildfire|flood|election|olympics|world\s+cup|retired|hired|moved|built|rebuilt|expanded|relocated)\b|©/i;
export const HISTORICAL_SOURCE = "healthlint: a year that dates an event in an organisation's or medicine's history is not a statistic";

/** "a new study", "the latest data", "recent research" — a claim of newness that dates itself. */
export const NEW_EVIDENCE =
  /\b(?:new|newly\s+(?:published|released)|recent|recently\s+(?:published|released)|latest|just[- ](?:published|released)|brand[- ]new|this\s+(?:week's|month's))\s+(?:(?:[A-Z]{2,6}|national|federal|large|small|major|landmark|global|clinical|peer[- ]reviewed|published|randomi[sz]ed|observational)\s+){0,2}(?:stud(?:y|ies)|research|report|survey|data|analysis|trial|findings|review|paper|statistics|stats|numbers|estimates|meta-analysis)\b/gi;
export const NEW_EVIDENCE_SOURCE = `${WHO_INFODEMIC} ("check the date")`;

/** Seasonal vaccine advice dated by its season: "2022-23 flu vaccine", "flu season 2021–2022", "2023 COVID booster". */
export const SEASON_ADVICE =
  /\b((?:19|20)\d{2})(?:\s*[-–/]\s*((?:19|20)?\d{2}))?\s+(?:(?:northern\s+hemisphere|updated|seasonal)\s+)?(?:flu|influenza|covid(?:-19)?|rsv|respiratory(?:\s+virus)?|cold\s+and\s+flu)\s+(?:vaccines?|shots?|boosters?|season|formula(?:tion)?|jabs?|vaccination|immuni[sz]ation|campaign)\b|\b(?:flu|influenza|covid(?:-19)?|rsv|respiratory\s+virus)\s+(?:vaccines?|shots?|boosters?|season|vaccination)\s+(?:for\s+)?(?:the\s+)?((?:19|20)\d{2})(?:\s*[-–/]\s*((?:19|20)?\d{2}))?\b/gi;
export const SEASON_SOURCE = CDC_FLU_SEASONAL;

/** Names that hold a year but date nothing: "Healthy People 2030", "Vision 2020", "COVID-19". */
export const YEAR_IN_NAME = /\b(?:healthy\s+people|vision|agenda|horizon|strategy|plan|goals?|initiative|class\s+of)\s+$/i;
