/**
 * Data for `missing-source`: the authorities and journals a post may name as its source, and the
 * phrases that announce evidence ("studies show"). Each group carries the source it was taken from.
 */

export interface NameGroup {
  source: string;
  names: readonly string[];
}

export interface PhraseGroup {
  source: string;
  phrases: readonly string[];
}

/**
 * Public-health agencies, professional societies and research bodies. A name written in capitals
 * (an acronym such as "CDC" or "WHO") matches only in capitals, so "who" and "aha" do not count.
 */
export const AUTHORITIES: readonly NameGroup[] = [
  {
    source: "USA.gov, A-Z Index of U.S. Government Departments and Agencies, https://www.usa.gov/agency-index",
    names: [
      "CDC", "Centers for Disease Control", "Centers for Disease Control and Prevention", "NIH", "National Institutes of Health",
      "NCI", "National Cancer Institute", "NHLBI", "NIDDK", "NIMH", "NIA", "NIAID", "NICHD", "NIDA", "NIAAA", "FDA",
      "Food and Drug Administration", "HHS", "Department of Health and Human Services", "AHRQ", "CMS", "USPSTF",
      "U.S. Preventive Services Task Force", "US Preventive Services Task Force", "Surgeon General", "HRSA", "SAMHSA",
      "NCHS", "Census Bureau", "BLS", "Bureau of Labor Statistics", "VA", "Department of Veterans Affairs", "EPA",
      "MedlinePlus", "ClinicalTrials.gov", "MMWR", "Healthy People 2030", "USDA", "Dietary Guidelines for Americans",
    ],
  },
  {
    source: "WHO, Let's flatten the infodemic curve, https://www.who.int/news-room/spotlight/let-s-flatten-the-infodemic-curve; national public-health institutes",
    names: [
      "WHO", "World Health Organization", "World Health Organisation", "UNICEF", "UNAIDS", "IARC",
      "International Agency for Research on Cancer", "PAHO", "ECDC", "EMA", "European Medicines Agency", "NHS", "NICE",
      "UKHSA", "UK Health Security Agency", "Public Health England", "Public Health Scotland", "PHAC",
      "Public Health Agency of Canada", "Health Canada", "Statistics Canada", "StatCan", "ONS", "Office for National Statistics",
      "Cochrane", "Cochrane Review", "Cochrane review", "Gavi", "Global Burden of Disease", "GBD", "IHME", "AIHW",
      "Australian Institute of Health and Welfare", "RKI", "Robert Koch Institute", "Santé publique France", "ICMR",
    ],
  },
  {
    source: "Professional societies that publish clinical guidelines (National Academy of Medicine, Identifying Credible Sources of Health Information in Social Media, 2021, doi:10.31478/202107a)",
    names: [
      "National Academy of Medicine", "National Academies", "NASEM", "Institute of Medicine", "AMA", "American Medical Association",
      "AAP", "American Academy of Pediatrics", "ACOG", "American College of Obstetricians and Gynecologists", "AHA",
      "American Heart Association", "American Stroke Association", "ACS", "American Cancer Society", "ADA",
      "American Diabetes Association", "American Dental Association", "ACC", "American College of Cardiology", "AAFP",
      "American Academy of Family Physicians", "ACP", "American College of Physicians", "AAD", "American Academy of Dermatology",
      "American Lung Association", "Alzheimer's Association", "APA", "American Psychological Association",
      "American Psychiatric Association", "AAOS", "American Academy of Orthopaedic Surgeons", "Arthritis Foundation",
      "March of Dimes", "National Kidney Foundation", "NAMI", "National Alliance on Mental Illness", "IDSA",
      "Infectious Diseases Society of America", "ASCO", "American Society of Clinical Oncology", "NCCN", "ACIP",
      "Advisory Committee on Immunization Practices", "AAN", "American Academy of Neurology", "ACR", "American College of Rheumatology",
      "American College of Radiology", "ACSM", "American College of Sports Medicine", "Academy of Nutrition and Dietetics",
      "American Academy of Ophthalmology", "AAO", "American Optometric Association", "American Physical Therapy Association",
      "APTA", "American Pharmacists Association", "APhA", "American Society of Anesthesiologists", "ASA", "ACOEM",
      "American Thyroid Association", "Endocrine Society", "American Gastroenterological Association", "AGA",
      "American Urological Association", "AUA", "Susan G. Komen", "Komen", "Leukemia & Lymphoma Society", "JDRF",
      "Breakthrough T1D", "Crohn's & Colitis Foundation", "Parkinson's Foundation", "Epilepsy Foundation",
      "National Osteoporosis Foundation", "Bone Health & Osteoporosis Foundation", "Skin Cancer Foundation",
      "American Society for Reproductive Medicine", "Society for Maternal-Fetal Medicine", "KFF", "Kaiser Family Foundation",
      "Commonwealth Fund", "RAND", "Pew Research Center", "Gallup", "Mayo Clinic", "Cleveland Clinic", "Johns Hopkins",
      "Harvard Health", "Harvard T.H. Chan School of Public Health", "Stanford Medicine", "MD Anderson",
      "Memorial Sloan Kettering", "American Red Cross", "Red Cross", "AARP", "Truth Initiative", "AHRQ",
    ],
  },
];

/** Journals: "published in JAMA", "a study in The Lancet". */
export const JOURNALS: NameGroup = {
  source: "NLM Catalog: Journals referenced in the NCBI Databases, https://www.ncbi.nlm.nih.gov/nlmcatalog/journals",
  names: [
    "JAMA", "JAMA Network Open", "JAMA Pediatrics", "JAMA Internal Medicine", "JAMA Oncology", "JAMA Cardiology",
    "JAMA Psychiatry", "JAMA Neurology", "JAMA Surgery", "JAMA Dermatology", "NEJM", "New England Journal of Medicine",
    "The Lancet", "Lancet", "Lancet Oncology", "Lancet Public Health", "eClinicalMedicine", "BMJ", "BMJ Open",
    "British Medical Journal", "Nature Medicine", "Nature", "Science", "Cell", "Science Translational Medicine",
    "Annals of Internal Medicine", "Annals of Family Medicine", "Pediatrics", "Circulation", "Diabetes Care",
    "PLOS ONE", "PLOS Medicine", "PLoS ONE", "MMWR", "Morbidity and Mortality Weekly Report", "Journal of Clinical Oncology",
    "JCO", "Cancer", "CA: A Cancer Journal for Clinicians", "Journal of the American College of Cardiology", "JACC",
    "European Heart Journal", "Neurology", "Gastroenterology", "Gut", "Hepatology", "Obstetrics & Gynecology",
    "American Journal of Obstetrics and Gynecology", "American Journal of Public Health", "Health Affairs",
    "Human Reproduction", "Journal of the American Dental Association", "JADA", "American Journal of Clinical Nutrition",
    "Journal of Nutrition", "Sleep", "Thorax", "Chest", "Stroke", "Hypertension", "Diabetologia", "Vaccine",
    "Clinical Infectious Diseases", "Journal of Infectious Diseases", "Emerging Infectious Diseases", "Cochrane Database of Systematic Reviews",
    "Psychological Medicine", "American Journal of Psychiatry", "JAMA Health Forum", "Annals of Surgery", "Radiology",
    "Journal of Bone and Joint Surgery", "British Journal of Sports Medicine", "BJSM", "Proceedings of the National Academy of Sciences",
    "PNAS", "Journal of Pediatrics", "Academic Pediatrics", "Journal of Adolescent Health", "Preventive Medicine",
  ],
};

/**
 * Phrases that announce evidence. Matched as whole words, case-insensitively; "studies show" also
 * matches "studies have shown". A verb after the noun is required ("a new study shows"), so a post
 * that invites readers to "a new study" of its own is not read as a claim.
 */
export const EVIDENCE_PHRASES: PhraseGroup = {
  source:
    "National Academy of Medicine 2021 (doi:10.31478/202107a), credible sources cite the evidence behind a claim; WHO, Let's flatten the infodemic curve (examine the supporting evidence)",
  phrases: [
    "studies show", "studies suggest", "studies find", "studies found", "studies prove", "studies confirm", "studies indicate",
    "studies link", "studies have shown", "studies have found", "studies have linked", "research shows", "research proves",
    "research suggests", "research finds", "research found", "research has shown", "research has found", "research indicates",
    "research confirms", "research says", "new research", "recent research", "the research is clear", "science says",
    "the science is clear", "science shows", "science has shown", "evidence shows", "evidence suggests", "the evidence is clear",
    "data show", "data shows", "data suggest", "data suggests", "statistics show", "stats show", "the numbers show",
    "scientists say", "scientists found", "scientists have found", "scientists discovered", "scientists agree",
    "researchers say", "researchers found", "researchers have found", "researchers discovered", "researchers report",
    "doctors agree", "doctors say", "doctors recommend", "dentists recommend", "dentists agree", "experts agree",
    "experts say", "experts recommend", "experts warn", "scientifically proven", "clinically proven", "medically proven",
    "proven to", "it has been proven", "has been shown to", "have been shown to", "shown to", "is proven", "are proven",
    "a new study", "a recent study", "one study", "a study", "a new report", "a recent report", "a survey", "a new survey",
    "a recent survey", "a poll", "a trial", "a clinical trial", "a meta-analysis", "a review of", "a large study",
    "a landmark study", "a major study", "according to a study", "according to one study", "according to research",
    "according to studies", "according to experts", "according to scientists", "according to doctors",
    "according to a new study", "according to a recent study", "according to a report", "according to a survey",
    "according to new research", "according to recent research",
  ],
};
