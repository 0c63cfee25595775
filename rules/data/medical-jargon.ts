/**
 * Medical and public-health jargon with plain substitutes, for medical-jargon. Built on CDC's
 * public-domain "Everyday Words for Public Health Communication" (Office of the Associate Director
 * for Communication, 2016; web edition cdc.gov/ccindex/everydaywords), which covers public-health
 * terms but, by its own note, not "specialized disease, health condition, anatomy, or physiology
 * terms"; those come from the public-domain NLM MedlinePlus health topics (whose "Also called" line
 * pairs the plain name with the clinical one) and the NCI Dictionary of Cancer Terms.
 *
 * `checked: true` marks entries whose CDC wording was read on the web edition when this list was
 * made (2026-11-22); the other CDC entries follow the list's approach and should be re-read against
 * it when the list is next reviewed.
 */

export interface JargonEntry {
  /** The term as it is usually written; matched case-insensitively, with the listed other forms. */
  term: string;
  forms?: readonly string[];
  /** Plain substitutes, the first one offered as the suggestion. */
  plain: readonly string[];
  source: string;
  checked?: boolean;
}

const CDC = (word: string) => `CDC, Everyday Words for Public Health Communication, '${word}' (cdc.gov/ccindex/everydaywords/index.html?word=${encodeURIComponent(word)})`;
const MEDLINE = (topic: string) => `NLM MedlinePlus health topic '${topic}' (medlineplus.gov), "Also called"`;
const NCI = (term: string) => `NCI Dictionary of Cancer Terms, '${term}' (cancer.gov/publications/dictionaries/cancer-terms)`;

export const JARGON: readonly JargonEntry[] = [
  // CDC Everyday Words: public-health terms.
  { term: "carcinogen", forms: ["carcinogens", "carcinogenic"], plain: ["substance that causes cancer", "cancer-causing"], source: CDC("Carcinogen"), checked: true },
  { term: "carcinoma", forms: ["carcinomas"], plain: ["cancer"], source: CDC("Carcinoma"), checked: true },
  { term: "immunization", forms: ["immunizations", "immunize", "immunized"], plain: ["shot", "vaccine", "vaccination"], source: CDC("Immunization"), checked: true },
  { term: "surveillance", plain: ["tracking", "collecting information"], source: CDC("Surveillance"), checked: true },
  { term: "immunocompromised", plain: ["weak immune system", "body's ability to fight germs is lower"], source: CDC("Immune system"), checked: true },
  { term: "morbidity", plain: ["illness", "sickness"], source: CDC("Morbidity") },
  { term: "mortality", plain: ["death", "deaths"], source: CDC("Mortality") },
  { term: "incidence", plain: ["new cases", "how often"], source: CDC("Incidence") },
  { term: "prevalence", plain: ["how common", "number of people who have"], source: CDC("Prevalence") },
  { term: "comorbidity", forms: ["comorbidities", "co-morbidity", "co-morbidities"], plain: ["other health conditions", "other health problems"], source: CDC("Comorbidity") },
  { term: "asymptomatic", plain: ["without symptoms", "no signs of illness"], source: CDC("Asymptomatic") },
  { term: "efficacy", plain: ["how well it works"], source: CDC("Efficacy") },
  { term: "transmission", forms: ["transmissible"], plain: ["spread", "spreading"], source: CDC("Transmission") },
  { term: "pathogen", forms: ["pathogens"], plain: ["germ", "germs"], source: CDC("Pathogen") },
  { term: "vector-borne", forms: ["vectorborne"], plain: ["spread by mosquitoes, ticks or fleas", "spread by insects"], source: CDC("Vector") },
  { term: "prophylaxis", forms: ["prophylactic"], plain: ["preventive treatment", "medicine to prevent"], source: CDC("Prophylaxis") },
  { term: "adverse event", forms: ["adverse events", "adverse reaction", "adverse reactions"], plain: ["side effect", "harmful effect"], source: CDC("Adverse") },
  { term: "contraindicated", forms: ["contraindication", "contraindications"], plain: ["should not be used", "not safe for"], source: CDC("Contraindication") },
  { term: "sedentary", plain: ["inactive", "sitting a lot"], source: CDC("Sedentary") },
  { term: "cessation", plain: ["quitting", "stopping"], source: CDC("Cessation") },
  { term: "utilize", forms: ["utilizes", "utilized", "utilizing", "utilization"], plain: ["use"], source: CDC("Utilize") },
  { term: "etiology", forms: ["aetiology"], plain: ["cause"], source: CDC("Etiology") },
  { term: "modifiable risk factors", forms: ["modifiable risk factor"], plain: ["risks you can change"], source: CDC("Modifiable") },
  { term: "nosocomial", plain: ["caught in a hospital", "hospital-acquired"], source: CDC("Nosocomial") },
  // MedlinePlus: conditions and symptoms under their plain names.
  { term: "hypertension", forms: ["hypertensive"], plain: ["high blood pressure"], source: MEDLINE("High Blood Pressure") },
  { term: "myocardial infarction", forms: ["myocardial infarctions"], plain: ["heart attack"], source: MEDLINE("Heart Attack") },
  { term: "cerebrovascular accident", forms: ["cerebrovascular accidents"], plain: ["stroke"], source: MEDLINE("Stroke") },
  { term: "hyperlipidemia", forms: ["hypercholesterolemia", "dyslipidemia"], plain: ["high cholesterol"], source: MEDLINE("Cholesterol") },
  { term: "hypoglycemia", forms: ["hypoglycemic"], plain: ["low blood sugar"], source: MEDLINE("Low Blood Sugar") },
  { term: "hyperglycemia", forms: ["hyperglycemic"], plain: ["high blood sugar"], source: MEDLINE("High Blood Sugar") },
  { term: "dyspnea", forms: ["dyspnoea"], plain: ["shortness of breath", "trouble breathing"], source: MEDLINE("Breathing Problems") },
  { term: "edema", forms: ["oedema"], plain: ["swelling"], source: MEDLINE("Edema") },
  { term: "pruritus", plain: ["itching"], source: MEDLINE("Itching") },
  { term: "syncope", plain: ["fainting"], source: MEDLINE("Fainting") },
  { term: "otitis media", plain: ["ear infection"], source: MEDLINE("Ear Infections") },
  { term: "pharyngitis", plain: ["sore throat"], source: MEDLINE("Sore Throat") },
  { term: "emesis", plain: ["vomiting", "throwing up"], source: MEDLINE("Nausea and Vomiting") },
  { term: "hemorrhage", forms: ["haemorrhage", "hemorrhaging"], plain: ["bleeding", "heavy bleeding"], source: MEDLINE("Bleeding") },
  { term: "contusion", forms: ["contusions"], plain: ["bruise"], source: MEDLINE("Bruises") },
  { term: "nephrolithiasis", plain: ["kidney stones"], source: MEDLINE("Kidney Stones") },
  { term: "cholelithiasis", plain: ["gallstones"], source: MEDLINE("Gallstones") },
  { term: "analgesic", forms: ["analgesics"], plain: ["pain reliever", "pain medicine"], source: MEDLINE("Pain Relievers") },
  { term: "antipyretic", forms: ["antipyretics"], plain: ["fever reducer", "fever medicine"], source: MEDLINE("Fever") },
  { term: "rhinorrhea", plain: ["runny nose"], source: MEDLINE("Common Cold") },
  { term: "cephalgia", forms: ["cephalalgia"], plain: ["headache"], source: MEDLINE("Headache") },
  { term: "pyrexia", plain: ["fever"], source: MEDLINE("Fever") },
  { term: "gastroenteritis", plain: ["stomach bug", "stomach flu"], source: MEDLINE("Gastroenteritis") },
  { term: "pertussis", plain: ["whooping cough"], source: MEDLINE("Whooping Cough") },
  { term: "varicella", plain: ["chickenpox"], source: MEDLINE("Chickenpox") },
  { term: "herpes zoster", plain: ["shingles"], source: MEDLINE("Shingles") },
  { term: "subcutaneous", plain: ["under the skin"], source: MEDLINE("Medicines") },
  { term: "intramuscular", plain: ["into the muscle"], source: MEDLINE("Medicines") },
  // NCI: cancer terms.
  { term: "neoplasm", forms: ["neoplasms"], plain: ["tumor", "growth"], source: NCI("neoplasm") },
  { term: "metastasis", forms: ["metastases", "metastasize", "metastasized", "metastatic"], plain: ["spread of cancer", "cancer that has spread"], source: NCI("metastasis") },
  { term: "malignant", forms: ["malignancy", "malignancies"], plain: ["cancerous", "cancer"], source: NCI("malignant") },
  { term: "benign", plain: ["not cancer"], source: NCI("benign") },
  { term: "idiopathic", plain: ["of unknown cause"], source: NCI("idiopathic") },
  { term: "prognosis", plain: ["likely outcome", "outlook"], source: NCI("prognosis") },
];
