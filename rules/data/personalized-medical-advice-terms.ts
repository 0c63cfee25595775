/**
 * Clinical vocabulary for `personalized-medical-advice` (and the health-topic test of
 * `missing-source`): conditions and symptoms, medicines, doses, tests and results, the things a
 * post may ask one person to send, the people a post may refer a reader to, and the disclaimers
 * accepted by `requireDisclaimer`.
 *
 * Every entry is a group of terms with the source it was taken from. Terms are lower case, matched
 * as whole words, case-insensitively; a space matches any run of spaces or one hyphen.
 */

export interface TermGroup {
  /** Where the terms come from (URL or citation). */
  source: string;
  terms: readonly string[];
}

export interface StemGroup {
  source: string;
  /** Word endings (International Nonproprietary Name / USAN stems). */
  stems: readonly string[];
  /** Ordinary words that end like a stem and are not medicines. */
  except: readonly string[];
}

const MEDLINEPLUS_TOPICS = "MedlinePlus Health Topics, U.S. National Library of Medicine, https://medlineplus.gov/healthtopics.html";
const MEDLINEPLUS_SYMPTOMS = "MedlinePlus Symptoms index, https://medlineplus.gov/symptoms.html";
const MEDLINEPLUS_LABS = "MedlinePlus Medical Tests, https://medlineplus.gov/lab-tests/";
const MEDLINEPLUS_DRUGS = "MedlinePlus Drugs, Herbs and Supplements, https://medlineplus.gov/druginformation.html";
const CLINCALC = "ClinCalc DrugStats Database, Top 300 drugs of 2022, https://clincalc.com/DrugStats/Top300Drugs.aspx";
const USAN_STEMS = "AMA USAN Council, approved stems, https://www.ama-assn.org/about/united-states-adopted-names/united-states-adopted-names-approved-stems; WHO, The use of stems in the selection of INNs (WHO/EMP/RHT/TSN/2018.1)";
const ISMP = "ISMP List of Error-Prone Abbreviations, Symbols, and Dose Designations (2021), https://www.ismp.org/recommendations/error-prone-abbreviations-list";
const TERMINOLOGY = "Medical terminology suffixes, NCI SEER Training Modules, Word Building: Suffixes, https://training.seer.cancer.gov/anatomy/body/terminology.html";

/** Conditions (diagnoses) a post may name. */
export const CONDITIONS: readonly TermGroup[] = [
  {
    source: MEDLINEPLUS_TOPICS,
    terms: [
      "acne", "adhd", "allergy", "allergies", "alzheimer's", "alzheimers", "anemia", "anaemia", "aneurysm", "angina",
      "anorexia", "anxiety", "anxiety disorder", "appendicitis", "arrhythmia", "arthritis", "asthma", "atrial fibrillation",
      "afib", "a-fib", "autism", "back pain", "bacterial infection", "bell's palsy", "bipolar disorder", "bladder infection",
      "blood clot", "bronchitis", "bulimia", "bunion", "bursitis", "cancer", "carpal tunnel", "cataract", "cataracts",
      "celiac disease", "cellulitis", "chickenpox", "chlamydia", "cholera", "cirrhosis", "cold sore", "colitis", "concussion",
      "conjunctivitis", "pink eye", "copd", "covid", "covid-19", "crohn's", "crohn's disease", "croup", "cyst", "dementia",
      "dengue", "depression", "dermatitis", "diabetes", "type 1 diabetes", "type 2 diabetes", "prediabetes", "diverticulitis",
      "dvt", "deep vein thrombosis", "ear infection", "eczema", "ebola", "emphysema", "endometriosis", "epilepsy", "fibroids",
      "fibromyalgia", "flu", "influenza", "food poisoning", "fracture", "gallstones", "gastritis", "gastroenteritis", "gerd",
      "acid reflux", "reflux", "glaucoma", "gonorrhea", "gout", "hay fever", "heart attack", "heart disease", "heart failure",
      "hemorrhoids", "hepatitis", "hernia", "herniated disc", "herpes", "hiv", "hives", "hpv", "hypertension",
      "high blood pressure", "hypothyroidism", "hyperthyroidism", "ibs", "impetigo", "infection", "insomnia", "kidney disease",
      "kidney stones", "kidney stone", "lupus", "lyme disease", "lymphoma", "leukemia", "measles", "melanoma", "meningitis",
      "menopause", "migraine", "migraines", "mono", "mononucleosis", "mrsa", "multiple sclerosis", "mumps", "obesity", "ocd",
      "osteoporosis", "osteoarthritis", "otitis", "parkinson's", "pcos", "peripheral neuropathy", "plantar fasciitis",
      "pneumonia", "preeclampsia", "psoriasis", "ptsd", "rheumatoid arthritis", "ringworm", "rosacea", "rsv", "sciatica",
      "scabies", "schizophrenia", "scoliosis", "sepsis", "shingles", "sinus infection", "sinusitis", "sleep apnea",
      "sprain", "std", "sti", "stomach flu", "strep", "strep throat", "stroke", "syphilis", "tendinitis", "tendonitis",
      "thrush", "tonsillitis", "tuberculosis", "ulcer", "urinary tract infection", "uti", "vertigo", "viral infection",
      "a virus", "yeast infection", "hypoglycemia", "hyperglycemia", "high cholesterol", "sunburn", "heat stroke",
      "heat exhaustion", "frostbite", "dehydration", "long covid", "whooping cough", "pertussis", "polio", "mpox",
      "monkeypox", "zika", "malaria", "a cold", "common cold", "the flu", "strep", "pre-diabetes", "sleep disorder",
      "postpartum depression", "gestational diabetes", "vitamin d deficiency", "b12 deficiency", "iron deficiency",
      "torn meniscus", "rotator cuff tear", "acl tear", "tennis elbow", "shin splints", "stress fracture", "cavity",
      "cavities", "gum disease", "gingivitis", "periodontitis", "tooth abscess", "abscess", "dry socket", "tmj",
      "perimenopause", "jaundice", "poison ivy", "poison oak", "hand, foot and mouth disease", "hashimoto's", "graves' disease", "sleep apnoea", "pre-eclampsia", "anaphylaxis", "hypothyroid",
    ],
  },
  {
    source: MEDLINEPLUS_TOPICS,
    // Head nouns of a diagnosis: "IT band syndrome", "a hairline fracture", "a viral infection".
    terms: ["syndrome", "disease", "disorder", "infection", "deficiency", "fracture", "tear", "sprain", "strain"],
  },
];

/** Symptoms: personal when addressed to one person ("your rash"), not diagnoses by themselves. */
export const SYMPTOMS: readonly TermGroup[] = [
  {
    source: MEDLINEPLUS_SYMPTOMS,
    terms: [
      "rash", "fever", "cough", "headache", "headaches", "chest pain", "shortness of breath", "dizziness", "nausea",
      "vomiting", "diarrhea", "constipation", "fatigue", "swelling", "lump", "mole", "spot", "bump", "wound", "sore",
      "sore throat", "earache", "toothache", "back pain", "joint pain", "knee pain", "hip pain", "neck pain", "numbness",
      "tingling", "palpitations", "bleeding", "discharge", "itching", "itch", "blister", "lesion", "bruise", "bruising",
      "symptoms", "pain", "cramps", "cramping", "heartburn", "wheezing", "congestion", "runny nose", "chills", "spotting",
      "hair loss", "weight loss", "weight gain", "blurry vision", "insomnia", "night sweats", "hot flashes", "swollen",
    ],
  },
];

/**
 * Word endings that make a diagnosis (inflammation, condition, blood condition, tumour, disease,
 * pain) and ordinary words that share them.
 */
export const CONDITION_SUFFIXES: StemGroup = {
  source: TERMINOLOGY,
  stems: ["itis", "osis", "emia", "aemia", "oma", "pathy", "algia", "iasis"],
  except: [
    "diagnosis", "prognosis", "osmosis", "hypnosis", "aroma", "diploma", "coma", "soma", "oklahoma", "sodoma", "stigma",
    "comma", "karma", "academia", "bohemia", "empathy", "sympathy", "apathy", "telepathy", "antipathy", "homeopathy",
    "naturopathy", "osteopathy", "nostalgia", "paloma", "roma", "toma", "chroma", "glaucoma", "carcinoma", "melanoma",
    "lymphoma", "myeloma", "fibroma", "mesothelioma", "sarcoma", "hematoma", "neuralgia", "fibromyalgia", "myalgia",
    "noma", "dogma", "mama", "momma", "grandma", "obama", "puma", "llama", "alabama", "bahama", "bahamas", "yokohama",
    "sesotho", "ozma", "asthma", "plasma", "trauma", "drama", "pajama", "panorama", "cinema", "enema", "edema",
    "eczema", "emphysema", "schema", "lemma", "dilemma", "anathema", "stoma", "miasma", "magma", "enigma", "zeugma",
    "mitosis", "meiosis", "symbiosis", "apotheosis", "metamorphosis", "synthesis", "thesis", "analysis", "basis",
  ],
};

/** Medicines by name (generic and brand), prescription and over the counter. Vaccines are not here. */
export const DRUGS: readonly TermGroup[] = [
  {
    source: CLINCALC,
    terms: [
      "atorvastatin", "lipitor", "levothyroxine", "synthroid", "metformin", "glucophage", "lisinopril", "amlodipine",
      "metoprolol", "albuterol", "omeprazole", "prilosec", "losartan", "simvastatin", "gabapentin", "neurontin",
      "hydrochlorothiazide", "sertraline", "zoloft", "rosuvastatin", "crestor", "pantoprazole", "escitalopram", "lexapro",
      "dextroamphetamine", "amphetamine", "adderall", "bupropion", "wellbutrin", "fluoxetine", "prozac", "montelukast",
      "singulair", "trazodone", "carvedilol", "prednisone", "tamsulosin", "flomax", "furosemide", "lasix", "fluticasone",
      "flonase", "citalopram", "celexa", "insulin", "lantus", "humalog", "meloxicam", "clopidogrel", "plavix", "duloxetine",
      "cymbalta", "warfarin", "coumadin", "apixaban", "eliquis", "rivaroxaban", "xarelto", "alprazolam", "xanax",
      "lorazepam", "ativan", "clonazepam", "klonopin", "diazepam", "valium", "zolpidem", "ambien", "venlafaxine", "effexor",
      "cyclobenzaprine", "flexeril", "tramadol", "ultram", "oxycodone", "percocet", "hydrocodone", "vicodin", "norco",
      "morphine", "methylphenidate", "ritalin", "concerta", "vyvanse", "amoxicillin", "augmentin", "azithromycin",
      "zithromax", "z-pak", "zpack", "doxycycline", "cephalexin", "keflex", "ciprofloxacin", "cipro", "levofloxacin",
      "nitrofurantoin", "macrobid", "bactrim", "sulfamethoxazole", "clindamycin", "metronidazole", "flagyl", "penicillin",
      "valacyclovir", "valtrex", "acyclovir", "oseltamivir", "tamiflu", "paxlovid", "fluconazole", "diflucan",
      "semaglutide", "ozempic", "wegovy", "rybelsus", "tirzepatide", "mounjaro", "zepbound", "liraglutide", "victoza",
      "saxenda", "dulaglutide", "trulicity", "empagliflozin", "jardiance", "dapagliflozin", "farxiga", "sitagliptin",
      "januvia", "glipizide", "glimepiride", "spironolactone", "propranolol", "atenolol", "clonidine", "hydralazine",
      "allopurinol", "colchicine", "methotrexate", "hydroxychloroquine", "plaquenil", "ivermectin", "adalimumab", "humira",
      "finasteride", "propecia", "sildenafil", "viagra", "tadalafil", "cialis", "estradiol", "progesterone",
      "medroxyprogesterone", "testosterone", "quetiapine", "seroquel", "aripiprazole", "abilify", "risperidone",
      "olanzapine", "lamotrigine", "lamictal", "topiramate", "topamax", "levetiracetam", "keppra", "lithium",
      "buspirone", "hydroxyzine", "mirtazapine", "paroxetine", "paxil", "amitriptyline", "nortriptyline", "sumatriptan",
      "imitrex", "ondansetron", "zofran", "famotidine", "pepcid", "ranitidine", "esomeprazole", "nexium", "lansoprazole",
      "budesonide", "symbicort", "advair", "tiotropium", "spiriva", "isotretinoin", "accutane", "tretinoin", "retin-a",
      "minoxidil", "naltrexone", "buprenorphine", "suboxone", "methadone", "naloxone", "narcan", "epinephrine", "epipen",
      "benzonatate", "prednisolone", "methylprednisolone", "medrol", "dexamethasone", "hydrocortisone", "triamcinolone",
      "mupirocin", "ketoconazole", "clotrimazole", "terbinafine", "lamisil", "nystatin", "birth control", "the pill",
      "plan b", "levonorgestrel", "statin", "statins", "antibiotic", "antibiotics", "steroid", "steroids", "antidepressant",
      "antidepressants", "blood thinner", "blood thinners", "antihistamine", "antihistamines", "opioid", "opioids",
      "benzodiazepine", "benzos", "ssri", "ssris", "beta blocker", "beta blockers", "ace inhibitor", "diuretic",
      "water pill", "inhaler", "nebulizer", "antiviral", "antivirals", "antifungal", "muscle relaxer", "sleeping pill",
      "sleeping pills", "painkiller", "painkillers", "pain meds", "hrt", "hormone therapy",
    ],
  },
  {
    source: MEDLINEPLUS_DRUGS,
    terms: [
      "acetaminophen", "paracetamol", "tylenol", "ibuprofen", "advil", "motrin", "aspirin", "baby aspirin", "naproxen",
      "aleve", "diphenhydramine", "benadryl", "cetirizine", "zyrtec", "loratadine", "claritin", "fexofenadine", "allegra",
      "pseudoephedrine", "sudafed", "phenylephrine", "guaifenesin", "mucinex", "dextromethorphan", "robitussin",
      "nyquil", "dayquil", "loperamide", "imodium", "bismuth", "pepto", "pepto-bismol", "tums", "calcium carbonate",
      "miralax", "polyethylene glycol", "senna", "docusate", "colace", "melatonin", "magnesium", "vitamin d",
      "vitamin d3", "vitamin b12", "b12", "iron pills", "iron supplement", "fish oil", "zinc", "elderberry",
      "ashwagandha", "st. john's wort", "probiotic", "probiotics", "creatine", "biotin", "turmeric", "cbd",
      "hydrogen peroxide", "neosporin", "bacitracin", "cortisone cream", "hydrocortisone cream", "lidocaine",
      "orajel", "benzocaine", "nicotine patch", "nicotine gum",
    ],
  },
];

/** Endings of medicine names (USAN/INN stems), with ordinary words that share them. */
export const DRUG_STEMS: StemGroup = {
  source: USAN_STEMS,
  stems: [
    "pril", "sartan", "olol", "dipine", "vastatin", "formin", "gliflozin", "gliptin", "glutide", "tinib", "cillin",
    "mycin", "floxacin", "cycline", "azole", "prazole", "tidine", "oxetine", "triptyline", "azepam", "azolam",
    "profen", "coxib", "setron", "triptan", "ciclovir", "thiazide", "semide", "parin", "xaban", "gabalin", "pentin",
    "lukast", "terol", "afil", "zodone", "pramine", "zepine", "peridone", "apine", "mab", "statin", "nacin",
  ],
  except: ["april", "cholesterol", "lolol", "lololol", "rapine", "punjab", "kebab"],
};

/** Procedures and devices a post may tell one person they need. */
export const PROCEDURES: readonly TermGroup[] = [
  {
    source: "MedlinePlus Surgery and Medical Tests, https://medlineplus.gov/surgery.html; https://medlineplus.gov/lab-tests/",
    terms: [
      "biopsy", "surgery", "colposcopy", "colonoscopy", "endoscopy", "cpap", "mri", "ct scan", "x-ray", "xray",
      "ultrasound", "physical therapy", "stitches", "a cast", "a boot", "iv fluids", "an iv", "a referral", "a stent",
      "an ablation", "a pacemaker", "dialysis", "chemo", "chemotherapy", "radiation", "a root canal", "an extraction",
      "a filling", "a crown", "trt", "testosterone", "hormone therapy", "an epidural", "a cortisone shot",
      "a steroid shot", "injections", "an injection", "bloodwork", "blood work", "labs", "a blood test", "an ekg",
      "a stress test", "an echo", "a mammogram", "a sleep study", "allergy testing", "a c-section", "an inhaler",
      "a blood thinner", "a statin", "antibiotics", "insulin",
    ],
  },
];

/** Units, forms and schedules that make a number a dose. */
export const DOSE_UNITS: TermGroup = {
  source: ISMP,
  terms: [
    "mg", "mcg", "µg", "ug", "milligram", "milligrams", "microgram", "micrograms", "ml", "cc", "iu", "units", "unit",
    "tab", "tabs", "tablet", "tablets", "pill", "pills", "cap", "caps", "capsule", "capsules", "puff", "puffs", "drop",
    "drops", "spray", "sprays", "patch", "teaspoon", "teaspoons", "tsp", "tablespoon", "tbsp", "g", "grams", "gram",
  ],
};

export const DOSE_SCHEDULES: TermGroup = {
  source: ISMP,
  terms: ["bid", "b.i.d.", "tid", "t.i.d.", "qid", "q.i.d.", "qd", "qhs", "prn", "q4h", "q6h", "q8h", "q12h", "qam", "qpm"],
};

/** Tests and measurements whose result belongs to one person. */
export const TESTS: readonly TermGroup[] = [
  {
    source: MEDLINEPLUS_LABS,
    terms: [
      "a1c", "hba1c", "labs", "lab", "lab work", "labwork", "lab results", "bloodwork", "blood work", "blood test",
      "blood tests", "results", "test results", "psa", "tsh", "t3", "t4", "free t4", "ldl", "hdl", "cholesterol",
      "triglycerides", "blood pressure", "bp", "blood sugar", "blood sugars", "glucose", "fasting glucose", "sugar",
      "sugars", "inr", "potassium", "sodium", "creatinine", "egfr", "gfr", "kidney function", "liver enzymes", "hemoglobin", "hgb", "ferritin", "iron", "iron levels", "vitamin d level", "b12 level", "wbc",
      "white count", "white blood cell count", "platelets", "platelet count", "biopsy", "pathology", "mri", "ct",
      "ct scan", "cat scan", "pet scan", "scan", "scans", "x-ray", "x-rays", "xray", "xrays", "ultrasound",
      "mammogram", "ekg", "ecg", "echo", "echocardiogram", "pap", "pap smear", "bmi", "heart rate", "resting heart rate",
      "oxygen", "oxygen level", "o2", "o2 sat", "sats", "spo2", "pulse ox", "temp", "temperature", "urine test",
      "urinalysis", "covid test", "strep test", "pregnancy test", "bone density", "dexa", "colonoscopy",
      "numbers", "levels", "readings", "reading", "testosterone level", "hormone levels", "thyroid", "vitals",
    ],
  },
];

/** Things a post may ask one person to send or show: their health information. */
export const SOLICITED: readonly TermGroup[] = [
  {
    source:
      "FSMB Model Policy Guidelines for the Appropriate Use of Social Media and Social Networking in Medical Practice (2012), https://www.fsmb.org/siteassets/advocacy/policies/model-guidelines-for-the-appropriate-use-of-social-media-and-social-networking.pdf; Farnan et al., Ann Intern Med 2013;158:620-627",
    terms: [
      "labs", "lab results", "lab work", "labwork", "bloodwork", "blood work", "blood test", "blood tests", "results",
      "test results", "symptoms", "a1c", "numbers", "readings", "x-ray", "x-rays", "xray", "xrays", "scan", "scans",
      "mri", "mri results", "ct", "ct scan", "ultrasound", "biopsy", "pathology report", "meds", "medications",
      "medication list", "med list", "prescriptions", "prescription", "chart", "medical records", "records",
      "diagnosis", "rash", "mole", "wound", "lesion", "spot", "spots", "bump", "bite", "burn", "cut", "scar",
      "growth", "mark", "skin", "stool", "poop", "urine", "pee",
      "teeth", "tooth", "gums", "tongue", "throat", "eye", "ear", "foot", "feet", "toenail", "nail", "lump",
      "swelling", "bruise", "incision", "stitches", "cgm", "glucose log", "bp log", "blood pressure log", "history",
      "medical history", "situation", "case",
    ],
  },
];

/** Objects of a picture that make the picture clinical ("a photo of your rash"). */
export const CLINICAL_PICTURE_OBJECTS = SOLICITED;

/**
 * People and places a post may send a reader to: a referral is the opposite of individual
 * advice ("Talk to your doctor about screening").
 */
export const REFERRAL_TARGETS: TermGroup = {
  source:
    "AMA Code of Medical Ethics Opinion 2.3.2, Professionalism in the Use of Social Media, https://code-medical-ethics.ama-assn.org/ethics-opinions/professionalism-use-social-media",
  terms: [
    "doctor", "doctors", "dr", "physician", "provider", "health care provider", "healthcare provider", "care provider",
    "care team", "primary care", "primary care provider", "primary care doctor", "pcp", "gp", "pharmacist", "nurse",
    "nurse line", "dentist", "dermatologist", "derm", "pediatrician", "ob-gyn", "obgyn", "ob", "midwife", "specialist",
    "cardiologist", "clinician", "therapist", "counselor", "urgent care", "er", "emergency room", "emergency department",
    "911", "988", "poison control", "clinic", "office", "team", "care", "prescriber", "oncologist", "endocrinologist",
    "allergist", "optometrist", "ophthalmologist", "surgeon", "vet", "veterinarian", "health plan", "insurer",
  ],
};

/** Vaccines: recommended to everyone, so "get your flu shot" is public health, not a prescription. */
export const VACCINES: TermGroup = {
  source: "CDC, Vaccines for Adults, https://www.cdc.gov/vaccines-adults/",
  terms: [
    "vaccine", "vaccines", "vaccination", "vaccinations", "flu shot", "flu shots", "flu vaccine", "booster", "boosters",
    "covid shot", "covid vaccine", "shingles vaccine", "shingrix", "tdap", "mmr", "hpv vaccine", "rsv vaccine",
    "pneumonia vaccine", "immunization", "immunizations", "jab", "shot", "shots",
  ],
};

/** Disclaimers accepted by `requireDisclaimer` (matched case-insensitively, any spacing). */
export const DEFAULT_DISCLAIMERS: readonly string[] = [
  "not medical advice",
  "not intended as medical advice",
  "not a substitute for professional medical advice",
  "not a substitute for medical advice",
  "for informational purposes only",
  "for educational purposes only",
  "for general information only",
  "general information only",
  "general information, not medical advice",
  "educational purposes only",
  "informational purposes only",
  "does not constitute medical advice",
  "this is not medical advice",
  "#notmedicaladvice",
];
export const DISCLAIMER_SOURCE =
  "ACP/FSMB, Online Medical Professionalism: Patient and Public Relationships (Farnan et al., Ann Intern Med 2013;158:620-627)";
