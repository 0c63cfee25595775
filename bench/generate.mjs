#!/usr/bin/env node
/**
 * Deterministic corpus generator for `npm run bench` (issue 8). No network, no dependencies: a
 * seeded PRNG (mulberry32) picks from the word lists below, so the same seed and version give the
 * same bytes on every machine.
 *
 * What it writes (into bench/.corpus/ unless told otherwise):
 *   posts/d00 ... posts/d09   10 folders x 1,000 Markdown files (about 1 KB and 2 posts each):
 *                             posts/d00 is the 1,000-file set, posts/ the 10,000-file set.
 *   typical.md                the "one typical post file" for the cold-start figure (advice and
 *                             statistics in it).
 *   long-256k.md, long-1m.md  one post of 256 KiB and one of 1 MiB (no post breaks) for the
 *                             length-scaling figure.
 *   .healthlintrc.yml         `root: true` (so a config elsewhere in the checkout never leaks in)
 *                             and `split: thematic-break` (content calendars are several posts);
 *                             the rules are the recommended preset.
 *   corpus.json               the stamp: generator version, seed, files, bytes, posts.
 *
 * Usage: node bench/generate.mjs [--out DIR] [--files N] [--seed S] [--force]
 * Regenerates only when the stamp differs (version, seed or size), unless --force.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const GENERATOR_VERSION = 3;
export const DEFAULT_SEED = 20261108;
export const FILES_PER_DIR = 1000;

// ---------------------------------------------------------------------------------------------
// PRNG

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  constructor(seed) {
    this.next = mulberry32(seed);
  }
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p) {
    return this.next() < p;
  }
  pick(arr) {
    return arr[Math.floor(this.next() * arr.length)];
  }
  /** Picks from [[weight, value], ...]. */
  weighted(pairs) {
    const total = pairs.reduce((n, [w]) => n + w, 0);
    let r = this.next() * total;
    for (const [w, v] of pairs) {
      r -= w;
      if (r < 0) return v;
    }
    return pairs[pairs.length - 1][1];
  }
  sample(arr, n) {
    const copy = arr.slice();
    const out = [];
    for (let i = 0; i < n && copy.length; i++) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]);
    return out;
  }
  digits(n) {
    let s = "";
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
}

// ---------------------------------------------------------------------------------------------
// Word lists (invented names and organisations; real public-health sites for links)

const FIRST = ["Maria", "James", "Rose", "Aisha", "Daniel", "Priya", "Carlos", "Emily", "Wei", "Fatima", "Robert", "Grace", "Mohammed", "Linda", "Jamal", "Sofia", "Thomas", "Mei", "Patrick", "Ana", "Kwame", "Olivia", "Hiroshi", "Chloe", "Diego", "Hannah", "Ibrahim", "Julia", "Noah", "Leila", "Samuel", "Nadia", "Ethan", "Yusuf", "Margaret", "Luis", "Beatrice", "Omar", "Ruth", "Kevin", "Imani", "Arjun", "Helen", "Tomas", "Zara", "Frank", "Elena", "Marcus", "Joy", "Victor"];
const LAST = ["Gonzalez", "Smith", "Okafor", "Nguyen", "Patel", "Johnson", "Kowalski", "Garcia", "Chen", "Haddad", "Williams", "O'Brien", "Martinez", "Rossi", "Kim", "Brown", "Dubois", "Singh", "Murphy", "Lopez", "Mensah", "Anderson", "Tanaka", "Fischer", "Hernandez", "Cohen", "Ali", "Novak", "Davis", "Rahman", "Thompson", "Silva", "Walker", "Ivanova", "Clark", "Yamamoto", "Baker", "Petrov", "Adeyemi", "Moore"];
const CLINIC = ["Riverside Health", "Northgate Family Medicine", "Lakeview Clinic", "St. Brigid's Hospital", "Cedar Valley Pediatrics", "Harbor Heart Center", "Maple Street Dental", "Summit Orthopedics", "Willow Women's Health", "Bayside Urgent Care"];
const STREETS = ["Main Street", "Oak Avenue", "Elm Road", "Harbor Boulevard", "Cedar Lane", "Maple Drive", "Lincoln Way", "Park Place", "River Road", "Hill Street"];
const CITIES = ["Springfield", "Fairview", "Riverton", "Lakewood", "Greenville", "Madison", "Franklin", "Clinton", "Georgetown", "Salem"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const EMOJI = ["💉", "❤️", "🩺", "🏥", "💪", "🌞", "😷", "🧠", "🦷", "🍎", "💧", "🎉", "👏", "✅", "📅", "👇", "🙌", "🩸", "🌿", "⭐"];

const TOPICS = [
  {
    id: "flu",
    tags: ["FluSeason", "FluShot", "GetVaccinated", "PublicHealth", "FightFlu", "Vaccines"],
    hooks: ["Flu season is here.", "It's not too late to get your flu shot!", "Flu shots are in at every one of our clinics.", "Did you know the flu sends hundreds of thousands of people to the hospital each year?"],
    tips: ["Everyone 6 months and older should get a flu vaccine every season.", "Wash your hands often with soap and water for at least 20 seconds.", "Stay home when you are sick so you don't spread it to others.", "Cover your coughs and sneezes with a tissue or your elbow.", "Walk-ins are welcome, no appointment needed.", "Most insurance plans cover the flu shot at no cost to you."],
    links: ["https://www.cdc.gov/flu/prevent/flushot.htm", "https://www.cdc.gov/flu/vaccines/index.html", "https://www.who.int/news-room/fact-sheets/detail/influenza-(seasonal)"],
    stat: ["getting a flu shot", "flu-related hospitalization"],
  },
  {
    id: "heart",
    tags: ["HeartMonth", "HeartHealth", "BloodPressure", "Cardiology", "GoRed", "KnowYourNumbers"],
    hooks: ["February is American Heart Month.", "Your heart works hard for you. Return the favor.", "Heart disease is the leading cause of death in the United States.", "Know your numbers: blood pressure, cholesterol and blood sugar."],
    tips: ["Aim for 150 minutes of moderate activity each week.", "Check your blood pressure at least once a year.", "Choose whole grains, fruits and vegetables over processed foods.", "Cut back on salt: most of it comes from packaged and restaurant food.", "If you smoke, quitting is the single best thing you can do for your heart.", "Free blood pressure checks at our lobby kiosk every weekday."],
    links: ["https://www.heart.org/en/health-topics/high-blood-pressure", "https://www.cdc.gov/heartdisease/prevention.htm", "https://www.nhlbi.nih.gov/health/heart-healthy-living"],
    stat: ["walking 30 minutes a day", "heart disease"],
  },
  {
    id: "stroke",
    tags: ["StrokeAwareness", "BEFAST", "StrokeMonth", "Neurology", "TimeIsBrain"],
    hooks: ["Know the signs of stroke and act fast.", "Every minute counts during a stroke.", "May is Stroke Awareness Month."],
    tips: ["B.E. F.A.S.T.: Balance, Eyes, Face, Arms, Speech, Time to call 911.", "Note the time the first symptoms started and tell the paramedics.", "Do not drive yourself to the hospital: call 911.", "High blood pressure is the biggest risk factor for stroke."],
    links: ["https://www.stroke.org/en/about-stroke/stroke-symptoms", "https://www.cdc.gov/stroke/signs_symptoms.htm"],
    stat: ["controlling blood pressure", "stroke"],
  },
  {
    id: "diabetes",
    tags: ["Diabetes", "DiabetesAwareness", "Prediabetes", "A1C", "HealthyEating", "T2D"],
    hooks: ["One in three American adults has prediabetes, and most don't know it.", "November is Diabetes Awareness Month.", "Small changes add up when it comes to blood sugar."],
    tips: ["Ask your doctor about an A1C test at your next visit.", "Swap sugary drinks for water or unsweetened tea.", "Take a short walk after meals.", "Our diabetes education classes meet every Thursday evening.", "Check your feet every day for cuts or sores."],
    links: ["https://www.cdc.gov/diabetes/prevention/index.html", "https://diabetes.org/about-diabetes/prediabetes", "https://www.niddk.nih.gov/health-information/diabetes"],
    stat: ["losing 5 to 7 percent of body weight", "type 2 diabetes"],
  },
  {
    id: "sleep",
    tags: ["SleepHealth", "Wellness", "MentalHealth", "SelfCare", "SleepHygiene"],
    hooks: ["Are you getting enough sleep?", "Sleep is not a luxury. It's a vital sign.", "Adults need 7 or more hours of sleep a night."],
    tips: ["Keep the same bedtime and wake time, even on weekends.", "Put screens away an hour before bed.", "Keep your bedroom cool, dark and quiet.", "Limit caffeine after noon.", "If you snore loudly or feel tired all day, talk to your doctor about a sleep study."],
    links: ["https://www.cdc.gov/sleep/about/index.html", "https://www.nhlbi.nih.gov/health/sleep-deprivation"],
    stat: ["sleeping at least seven hours", "obesity and depression"],
  },
  {
    id: "screening",
    tags: ["BreastCancerAwareness", "Mammogram", "ColonCancer", "Screening", "EarlyDetection", "CancerPrevention"],
    hooks: ["Screening saves lives.", "October is Breast Cancer Awareness Month.", "Colorectal cancer screening now starts at age 45.", "Have you scheduled your mammogram this year?"],
    tips: ["Women 40 and older should talk with their doctor about a screening mammogram every two years.", "Adults 45 to 75 should be screened for colorectal cancer.", "At-home stool tests are an option for many people at average risk.", "Evening and Saturday mammogram appointments are now available.", "Check with your insurance: most preventive screenings are covered."],
    links: ["https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/breast-cancer-screening", "https://www.cancer.gov/types/colorectal/screening", "https://www.cdc.gov/cancer/colorectal/basic_info/screening/"],
    stat: ["regular screening", "dying from colorectal cancer"],
  },
  {
    id: "heat",
    tags: ["HeatSafety", "SummerSafety", "Hydration", "SunSafety", "Sunscreen"],
    hooks: ["Heat advisory in effect this weekend.", "Summer is here: stay safe in the sun.", "Extreme heat is dangerous, especially for older adults and young children."],
    tips: ["Drink water before you feel thirsty.", "Use a broad-spectrum sunscreen with SPF 30 or higher and reapply every two hours.", "Never leave children or pets in a parked car.", "Check on elderly neighbors who live alone.", "Cooling centers are open at the public library and community center."],
    links: ["https://www.cdc.gov/extreme-heat/prevention/index.html", "https://www.aad.org/public/everyday-care/sun-protection"],
    stat: ["daily sunscreen use", "melanoma"],
  },
  {
    id: "mental",
    tags: ["MentalHealthMatters", "MentalHealthAwareness", "YouAreNotAlone", "988", "SelfCare"],
    hooks: ["It's okay to not be okay.", "May is Mental Health Awareness Month.", "Checking in on a friend can make a real difference."],
    tips: ["If you or someone you know is in crisis, call or text 988.", "Move your body: even a 10-minute walk can lift your mood.", "Stay connected with friends and family.", "Our behavioral health team offers same-week appointments.", "Talking to a professional is a sign of strength."],
    links: ["https://988lifeline.org", "https://www.nimh.nih.gov/health/topics/caring-for-your-mental-health", "https://www.samhsa.gov/find-help/national-helpline"],
    stat: ["regular physical activity", "depression"],
  },
  {
    id: "kids",
    tags: ["BackToSchool", "Pediatrics", "ChildhoodVaccines", "KidsHealth", "WellChildVisit"],
    hooks: ["Back-to-school season means back-to-school checkups.", "Is your child up to date on vaccines?", "Sports physicals are open for booking."],
    tips: ["Bring your child's vaccine record to the visit.", "Kids need 9 to 12 hours of sleep a night.", "Pack a lunch with a fruit, a vegetable and a protein.", "Check backpacks: they should weigh no more than 10% of your child's body weight.", "Our pediatric clinic has Saturday morning hours."],
    links: ["https://www.cdc.gov/vaccines/schedules/hcp/imz/child-adolescent.html", "https://www.healthychildren.org/English/ages-stages/gradeschool/school/Pages/default.aspx"],
    stat: ["the MMR vaccine", "measles"],
  },
  {
    id: "dental",
    tags: ["DentalHealth", "OralHealth", "Smile", "Dentist", "BrushTwiceADay"],
    hooks: ["Your smile says a lot about your health.", "Time for your six-month cleaning?", "Healthy teeth, healthy you."],
    tips: ["Brush twice a day with fluoride toothpaste.", "Floss once a day.", "Replace your toothbrush every three to four months.", "Sugary snacks between meals feed the bacteria that cause cavities.", "We accept most dental insurance plans."],
    links: ["https://www.ada.org/resources/ada-library/oral-health-topics", "https://www.cdc.gov/oral-health/prevention/index.html"],
    stat: ["fluoride toothpaste", "cavities"],
  },
];

const DRUGS = [
  ["amoxicillin", "500 mg", "three times a day for 10 days"],
  ["ibuprofen", "600 mg", "every 6 hours with food"],
  ["metformin", "1000 mg", "twice a day"],
  ["lisinopril", "20 mg", "once a day"],
  ["sertraline", "50 mg", "every morning"],
  ["prednisone", "40 mg", "for five days"],
  ["cephalexin", "500 mg", "four times a day"],
  ["acetaminophen", "1000 mg", "every 8 hours"],
  ["atorvastatin", "40 mg", "at bedtime"],
  ["levothyroxine", "75 mcg", "on an empty stomach"],
  ["vitamin D", "5000 IU", "daily"],
  ["magnesium glycinate", "400 mg", "before bed"],
];
const CONDITIONS = ["strep throat", "shingles", "a sinus infection", "plantar fasciitis", "tendinitis", "cellulitis", "a UTI", "gout", "pink eye", "an ear infection", "migraine", "low thyroid"];
const SPONSORS = ["VitaBoost", "GlowSkin", "NutriPure", "FitBand", "CalmMind", "PureHydrate", "SmileBright"];
const PRODUCTS = ["multivitamin", "collagen powder", "vitamin C serum", "fitness tracker", "meditation app", "electrolyte mix", "whitening kit"];
const CTAS = [
  "Book online any time or call the clinic nearest you; same-day and next-day appointments are open this week.",
  "Questions? Our nurse line is open 24/7 for existing patients through the patient portal.",
  "Share this with someone who needs the reminder, and tag a friend who keeps putting it off.",
  "Most visits are covered by insurance, and we offer a sliding scale for patients without coverage.",
  "Telehealth visits are available for many concerns, so you can see a provider from home.",
  "Follow us for more health tips from our doctors, nurses and pharmacists every week.",
  "Interpreters are available free of charge in more than 200 languages at every location.",
  "Parking is free in the garage on the north side, and the entrance is wheelchair accessible.",
];
const JOURNALS = ["JAMA", "The Lancet", "the New England Journal of Medicine", "BMJ", "Circulation", "Pediatrics"];
const ROLES = ["registered nurses", "medical assistants", "a nurse practitioner", "a physical therapist", "patient service representatives", "a pharmacist", "respiratory therapists"];

// ---------------------------------------------------------------------------------------------
// Post builders

const PLATFORMS = [
  [25, "x"],
  [18, "instagram"],
  [20, "facebook"],
  [15, "linkedin"],
  [10, "threads"],
  [12, "generic"],
];

function fullName(r) {
  return `${r.pick(FIRST)} ${r.pick(LAST)}`;
}
function handle(r) {
  const f = r.pick(FIRST).toLowerCase();
  return r.weighted([
    [3, `@${f}_${r.pick(LAST).toLowerCase().replace(/'/g, "")}`],
    [2, `@${f}${r.int(1, 99)}`],
    [1, `@the${f}life`],
  ]);
}
function phone(r) {
  const a = r.int(201, 989);
  const b = r.int(200, 989);
  const c = r.digits(4);
  return r.weighted([
    [3, `(${a}) ${b}-${c}`],
    [2, `${a}-${b}-${c}`],
    [1, `${a}.${b}.${c}`],
    [1, `+1 ${a} ${b} ${c}`],
  ]);
}
function date(r, year = r.int(2024, 2026)) {
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  return { iso: `${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`, us: `${m}/${d}/${year}`, long: `${MONTHS[m - 1]} ${d}, ${year}` };
}
function hashtags(r, topic, platform) {
  const n = platform === "instagram" ? r.int(5, 14) : platform === "linkedin" ? r.int(2, 5) : platform === "x" ? r.int(1, 3) : r.int(1, 4);
  const pool = [...topic.tags, "HealthTips", "Wellness", "Community", "YourHealth", "Prevention", "HealthyLiving", "Healthcare", "PatientCare"];
  return r.sample(pool, n).map((t) => `#${t}`).join(" ");
}
function link(r, url) {
  return r.weighted([
    [3, url],
    [3, `[${r.pick(["Learn more", "Read the guidance", "Details here", "More from the experts", "See the full list"])}](${url})`],
    [1, `<${url}>`],
  ]);
}
function clinicLine(r) {
  return `${r.pick(CLINIC)}, ${r.int(10, 9999)} ${r.pick(STREETS)}, ${r.pick(CITIES)}`;
}
function emoji(r, p = 0.4) {
  return r.chance(p) ? ` ${r.pick(EMOJI)}` : "";
}
function sentences(r, list, lo, hi) {
  return r.sample(list, r.int(lo, hi)).join(" ");
}
function bullets(r, list, lo, hi) {
  return r
    .sample(list, r.int(lo, hi))
    .map((t) => `${r.pick(["-", "*", "✅"])} ${t}`)
    .join("\n");
}

const LEADS = [
  "Here's what our care team wants you to know:",
  "A few reminders from our primary care doctors:",
  "We hear this question in the exam room every week, so here is the short answer.",
  "Our nurses put together a quick checklist for you and your family:",
  "Prevention is easier than treatment, and it starts with small habits.",
  "Whether you're caring for yourself or someone you love, these steps help.",
  "This season, our community health workers are sharing the same advice at every event:",
];

/** Extra body paragraphs that make a platform's posts run to their usual length. */
function filler(r, platform, topic) {
  const n = { x: 0, threads: r.int(0, 1), facebook: r.int(0, 2), generic: r.int(1, 2), instagram: r.int(1, 2), linkedin: r.int(2, 4) }[platform];
  const out = [];
  for (let i = 0; i < n; i++) out.push(r.chance(0.3) ? r.pick(CTAS) : `${r.pick(LEADS)} ${sentences(r, topic.tips, 2, 3)}`);
  return out;
}

/** Number of paragraphs a platform's posts run to. */
function depth(r, platform) {
  switch (platform) {
    case "x":
      return 1;
    case "threads":
      return r.int(1, 2);
    case "linkedin":
      return r.int(4, 6);
    case "instagram":
      return r.int(3, 4);
    default:
      return r.int(2, 4);
  }
}

function education(r, platform, topic) {
  if (platform === "x") return `${r.pick(topic.hooks)} ${r.pick(topic.tips)}${emoji(r)} ${link(r, r.pick(topic.links))} ${hashtags(r, topic, platform)}`;
  const parts = [`${r.pick(topic.hooks)}${emoji(r)}`];
  const n = depth(r, platform);
  if (n >= 2 && r.chance(0.5)) parts.push(bullets(r, topic.tips, 3, 5));
  else parts.push(sentences(r, topic.tips, 2, 4));
  for (let i = 2; i < n; i++) parts.push(r.chance(0.5) ? r.pick(CTAS) : sentences(r, topic.tips, 1, 2));
  parts.push(`${r.pick(["Learn more:", "More tips:", "From the experts:", "Read more at"])} ${link(r, r.pick(topic.links))}`);
  parts.push(hashtags(r, topic, platform));
  return parts.join("\n\n");
}

function announcement(r, platform, topic) {
  const d = date(r);
  const what = r.pick(["Free blood pressure screenings", "Flu shot clinic", "Community health fair", "Walk-in vaccine day", "Diabetes education class", "Free skin checks", "Blood drive", "Car seat safety check"]);
  const head = `${what} on ${r.pick(DAYS)}, ${d.long}, ${r.int(8, 11)} am to ${r.int(1, 6)} pm.${emoji(r)}`;
  const where = `Find us at ${clinicLine(r)}. Questions? Call our front desk at ${phone(r)}.`;
  if (platform === "x") return `${head} ${r.pick(topic.tips)} ${hashtags(r, topic, platform)}`;
  const parts = [head, where];
  parts.push(sentences(r, topic.tips, 1, 3));
  if (depth(r, platform) > 2) parts.push(r.pick(CTAS));
  if (r.chance(0.5)) parts.push(`Register: ${link(r, `https://events.example-health.org/${topic.id}-${d.iso}`)}`);
  parts.push(hashtags(r, topic, platform));
  return parts.join("\n\n");
}

function claim(r, platform, topic) {
  const pct = r.pick([15, 20, 25, 30, 40, 50, 60, 70, 80]);
  const [does, risk] = topic.stat;
  const stat = r.pick([
    `Studies show ${does} lowers your risk of ${risk} by ${pct}%.`,
    `Research shows ${does} can cut the risk of ${risk} in half.`,
    `A new study in ${r.pick(JOURNALS)} found that ${does} was linked to a ${pct}% lower risk of ${risk}.`,
    `${r.int(6, 9)} out of 10 doctors recommend ${does}.`,
    `People who keep up ${does} have a ${pct}% lower risk of ${risk}, according to recent research.`,
    `Experts agree: ${does} reduces ${risk} risk by up to ${pct} percent.`,
  ]);
  const product = r.pick([
    `Our new laser therapy is clinically proven to eliminate chronic back pain in just 3 sessions.`,
    `This detox cleanse flushes toxins from your liver and boosts your immune system naturally.`,
    `Our IV vitamin drips are 100% safe with no side effects.`,
    `Patients see guaranteed results or their money back.`,
    `${r.int(90, 99)}% of our patients reported relief after one visit!`,
    `Red light therapy cured my migraines, and it can cure yours too.`,
  ]);
  const cite = r.chance(0.4) ? ` ${r.pick(["Source:", "Study:", "(via", "Read it:"])} ${link(r, r.pick([`https://doi.org/10.${r.int(1000, 9999)}/${r.pick(["jama", "bmj", "nejm", "circ"])}.${r.int(2019, 2026)}.${r.int(10000, 99999)}`, `https://pubmed.ncbi.nlm.nih.gov/${r.int(30000000, 39999999)}/`, r.pick(topic.links)]))}` : "";
  if (platform === "x") return `${r.chance(0.7) ? stat : product}${cite} ${hashtags(r, topic, platform)}`;
  const parts = [`${stat}${cite}`];
  if (r.chance(0.45)) parts.push(`${product}${emoji(r)} Book at ${link(r, `https://book.example-clinic.com/${topic.id}`)}`);
  parts.push(sentences(r, topic.tips, 1, depth(r, platform)));
  if (depth(r, platform) > 2) parts.push(r.pick(CTAS));
  parts.push(hashtags(r, topic, platform));
  return parts.join("\n\n");
}

function patientStory(r, platform, topic) {
  const name = fullName(r);
  const d = date(r);
  const dob = date(r, r.int(1930, 2015));
  const bits = [
    `Happy ${r.pick(["80th", "90th", "95th", "100th", "101st"])} birthday to ${name}, our favorite patient on the ${r.pick(["third", "fourth", "fifth"])} floor!${emoji(r)}`,
    `Congratulations to ${name} (DOB ${dob.us}), discharged on ${d.long} after ${r.pick(["a hip replacement", "heart bypass surgery", "six weeks of rehab", "a long COVID recovery", "chemotherapy"])}!`,
    `Shout-out to ${name} in room ${r.int(101, 920)}, who walked the whole hallway today for the first time since surgery.`,
    `Meet ${name.split(" ")[0]}, ${r.int(3, 92)}, who beat ${r.pick(["stage 2 breast cancer", "sepsis", "a stroke", "leukemia"])} this year. MRN ${r.digits(8)} is now a proud graduate of our program!`,
    `${name} was admitted on ${d.us} with ${r.pick(CONDITIONS)} and is going home today. Her daughter asked us to share: call ${phone(r)} to send well wishes.`,
  ];
  const parts = [r.pick(bits)];
  if (platform !== "x") {
    if (r.chance(0.5)) parts.push(`${r.pick(["Thank you to", "Huge thanks to", "We are so proud of"])} Dr. ${r.pick(LAST)} and the whole ${r.pick(["4 West", "cardiac rehab", "oncology", "orthopedic"])} team.`);
    parts.push(sentences(r, topic.tips, 1, 2));
    if (depth(r, platform) > 2) parts.push(r.pick(CTAS));
  }
  parts.push(hashtags(r, topic, platform));
  return parts.join(platform === "x" ? " " : "\n\n");
}

function advice(r, platform) {
  const [drug, dose, schedule] = r.pick(DRUGS);
  const to = handle(r);
  const cond = r.pick(CONDITIONS);
  const reply = r.pick([
    `${to} that sounds like ${cond}. Start ${drug} ${dose} ${schedule} and you should feel better in a few days.`,
    `${to} from your photo that's ${cond}. I'd take ${drug} ${dose} ${schedule}.`,
    `${to} you can double your ${drug} to ${dose} if your numbers are still high.`,
    `${to} stop taking your ${drug} and switch to ${r.pick(DRUGS)[0]} ${r.pick(DRUGS)[1]} instead.`,
    `DM me your labs and I'll tell you whether you need more ${drug}. #${r.pick(["thyroid", "guthealth", "hormones"])}`,
    `Hi ${r.pick(FIRST)}, your A1c of ${r.int(6, 11)}.${r.int(0, 9)} means you should increase ${drug} to ${dose} ${schedule}.`,
  ]);
  if (platform === "x" || platform === "threads") return reply;
  return `${reply}${r.chance(0.5) ? ` ${r.pick(["Drink plenty of fluids and rest.", "If it isn't better in a week, come see us.", "Skip the urgent care visit, you don't need it."])}` : ""}\n\n${r.pick(["Hope this helps!", "Feel better soon!", "Let me know how it goes.", "Not medical advice, just what worked for my patients."])}${emoji(r)}`;
}

function sponsorship(r, platform, topic) {
  const brand = r.pick(SPONSORS);
  const product = r.pick(PRODUCTS);
  const disclosed = r.chance(0.5);
  const head = r.pick([
    `Obsessed with the new ${product} from @${brand}!${emoji(r, 0.8)}`,
    `Thanks to our friends at ${brand} for partnering with us on this month's wellness challenge.`,
    `I've been using ${brand}'s ${product} for 30 days and I feel amazing.`,
    `Giveaway time! We teamed up with @${brand} to give away five of their new ${product} bundles.`,
  ]);
  const code = r.chance(0.6) ? ` Use code HEALTH${r.int(10, 30)} for ${r.pick([10, 15, 20, 25])}% off: ${link(r, `https://${brand.toLowerCase()}.example.com/?ref=clinic`)}` : "";
  const tag = disclosed ? ` ${r.pick(["#ad", "#sponsored", "#partner", "Paid partnership with " + brand + "."])}` : "";
  if (platform === "x") return `${head}${code}${tag}`;
  return [`${head}${code}${tag}`, sentences(r, topic.tips, 1, 3), r.pick(CTAS), hashtags(r, topic, platform)].join("\n\n");
}

function careers(r, platform) {
  const role = r.pick(ROLES);
  const clinic = r.pick(CLINIC);
  const parts = [
    `We're hiring ${role} at ${clinic}!${emoji(r)}`,
    `Join a team that puts patients first. We offer ${r.pick(["sign-on bonuses up to $10,000", "tuition reimbursement", "flexible 12-hour shifts", "a four-day work week"])}, ${r.pick(["full benefits from day one", "a 401(k) match", "paid parental leave"])} and ${r.pick(["free parking", "on-site childcare", "a supportive preceptor program"])}.`,
  ];
  if (platform === "linkedin" || platform === "generic") {
    parts.push(`What you'll do:\n${bullets(r, ["Care for patients across the lifespan in a fast-paced setting.", "Work with physicians, pharmacists and therapists on every shift.", "Precept new graduates and students.", "Use our new EHR and remote monitoring tools.", "Take part in quality improvement projects."], 2, 4)}`);
    parts.push(`Our nurses rate us ${r.int(4, 5)}.${r.int(0, 9)} out of 5, and ${r.int(80, 97)}% would recommend us to a friend.`);
  }
  parts.push(`Apply: ${link(r, `https://careers.example-health.org/jobs/${r.int(1000, 9999)}`)}`);
  parts.push(hashtags(r, { tags: ["Hiring", "NursingJobs", "HealthcareJobs", "Careers", "JoinOurTeam"] }, platform));
  return parts.join(platform === "x" ? " " : "\n\n");
}

function tech(r, platform, topic) {
  const lang = r.pick(["http", "json", "", "bash"]);
  const id = r.int(1000, 9999);
  const body =
    lang === "json"
      ? `{\n  "resourceType": "Appointment",\n  "status": "booked",\n  "start": "${date(r).iso}T09:30:00Z",\n  "serviceType": "${topic.id}"\n}`
      : lang === "bash"
        ? `curl -s https://api.example-health.org/v1/slots?service=${topic.id} | jq '.slots[0]'`
        : `GET /fhir/Slot?service-type=${topic.id}&start=ge${date(r).iso} HTTP/1.1\nHost: api.example-health.org`;
  const parts = [
    `Developers: our open scheduling API now supports ${topic.id} appointments.${emoji(r)}`,
    `\`\`\`${lang}\n${body}\n\`\`\``,
    `Use the \`service-type\` parameter to filter, and see the docs at ${link(r, `https://developer.example-health.org/docs/${id}`)}.`,
  ];
  if (platform !== "x") parts.push(hashtags(r, { tags: ["HealthIT", "FHIR", "Interoperability", "DigitalHealth", "API"] }, platform));
  return parts.join("\n\n");
}

function spotlight(r, platform, topic) {
  const who = `${r.pick(["Dr.", "Nurse", "", ""])} ${fullName(r)}`.trim();
  const parts = [`Staff spotlight: meet ${who}, who has been with ${r.pick(CLINIC)} for ${r.int(2, 30)} years.${emoji(r)}`];
  if (platform !== "x") {
    parts.push(`"${r.pick(["The best part of my day is seeing a patient go home.", "I became a nurse because of the nurses who cared for my grandmother.", "Every patient deserves to be heard.", "Prevention is the best medicine."])}"`);
    parts.push(sentences(r, topic.tips, 1, 2));
    if (depth(r, platform) > 2) parts.push(r.pick(CTAS));
  }
  parts.push(hashtags(r, { tags: ["StaffSpotlight", "NursesWeek", "Teamwork", "HealthcareHeroes", ...topic.tags] }, platform));
  return parts.join(platform === "x" ? " " : "\n\n");
}

const KINDS = [
  [26, education],
  [13, announcement],
  [16, claim],
  [10, patientStory],
  [11, advice],
  [8, sponsorship],
  [5, careers],
  [4, tech],
  [7, spotlight],
];

function post(r, platform, topic) {
  const kind = r.weighted(KINDS);
  const text = kind(r, platform, topic);
  if (kind === advice || kind === tech || platform === "x") return text;
  // Body paragraphs go before the closing hashtag line.
  const extra = filler(r, platform, topic);
  if (!extra.length) return text;
  const cut = text.lastIndexOf("\n\n");
  return cut < 0 ? [text, ...extra].join("\n\n") : [text.slice(0, cut), ...extra, text.slice(cut + 2)].join("\n\n");
}

function frontMatter(r, platform, topic, opts) {
  const lines = [];
  if (platform !== "generic" || r.chance(0.5)) lines.push(`platform: ${platform === "x" && r.chance(0.15) ? "twitter" : platform}`);
  lines.push(`date: ${date(r, r.int(2025, 2026)).iso}`);
  if (r.chance(0.6)) lines.push(`title: "${r.pick(topic.hooks).replace(/"/g, "'")}"`);
  if (r.chance(0.4)) lines.push(`tags: [${r.sample(topic.tags, r.int(1, 3)).map((t) => t.toLowerCase()).join(", ")}]`);
  if (r.chance(0.2)) lines.push(`sources: [${r.pick(topic.links)}]`);
  if (opts.sponsored) lines.push("sponsored: true");
  if (r.chance(0.05)) lines.push(`consent: "Authorization form ${r.int(2024, 2026)}-${r.int(100, 999)}"`);
  if (r.chance(0.05)) lines.push("audience: clinicians");
  if (r.chance(0.3)) lines.push(`author: ${r.pick(["Communications", "Marketing", "Community Outreach", fullName(r)])}`);
  return `---\n${lines.join("\n")}\n---\n`;
}

/** One file: a single post (most), or a content calendar of 3-5 posts separated by `---`. */
function file(r, index) {
  const topic = r.pick(TOPICS);
  const calendar = r.chance(0.34);
  let platform = r.weighted(PLATFORMS);
  if (calendar && r.chance(0.6)) platform = r.pick(["x", "threads", "facebook"]);
  const noFrontMatter = r.chance(0.1);
  const body = [];
  let posts = 1;
  if (calendar) {
    posts = r.int(3, 5);
    const week = r.int(1, 52);
    const heading = r.weighted([
      [2, `# Week ${week} posts`],
      [1, `# ${topic.id[0].toUpperCase()}${topic.id.slice(1)} campaign, week ${week}`],
      [1, ""],
    ]);
    const items = [];
    for (let i = 0; i < posts; i++) items.push(`${r.chance(0.7) ? `${DAYS[i]}: ` : ""}${post(r, platform, topic)}`);
    body.push((heading ? `${heading}\n\n` : "") + items.join("\n\n---\n\n"));
  } else {
    body.push(post(r, platform, topic));
  }
  const fm = noFrontMatter ? "" : frontMatter(r, platform, topic, { sponsored: r.chance(0.06) });
  const slug = `${String(index).padStart(5, "0")}-${topic.id}-${platform}${calendar ? "-calendar" : ""}.md`;
  return { name: slug, text: `${fm}${body.join("\n\n")}\n`, posts };
}

/**
 * The cold-start file: one post, a reply with personal advice (a diagnosis and a dose), an
 * unsourced statistic, the clinic's address and phone, and hashtags: enough to wake the rules that
 * screen for advice, identifiers and claims.
 */
export const TYPICAL_POST = `---
platform: instagram
date: 2026-11-02
title: "Flu season Q&A"
---
@jess_k that sounds like the flu. 💉 Give your son ibuprofen 200 mg every 6 hours and keep him home until he's fever-free for 24 hours.

Studies show the flu shot lowers your risk of flu-related hospitalization by 40%, and 9 out of 10 doctors recommend it for everyone 6 months and older.

Walk-ins welcome at Riverside Health, 1200 Main Street, Monday to Saturday. Questions? Call us at (555) 201-3344.

#FluSeason #FluShot #GetVaccinated #PublicHealth #HealthTips
`;

/** A single post of about `bytes` bytes: paragraphs from the generator, no post breaks. */
function longPost(seed, bytes) {
  const r = new Rng(seed);
  const chunks = ["---\nplatform: generic\ndate: 2026-11-02\n---\n"];
  let size = chunks[0].length;
  while (size < bytes) {
    const topic = r.pick(TOPICS);
    const p = r.weighted(KINDS.filter(([, k]) => k !== tech))(r, r.pick(["linkedin", "facebook", "generic"]), topic);
    const chunk = `${p}\n\n`;
    chunks.push(chunk);
    size += Buffer.byteLength(chunk);
  }
  return chunks.join("");
}

export const CORPUS_CONFIG = `# Written by bench/generate.mjs. root: no config elsewhere in the checkout applies; content
# calendars in the corpus are several posts separated by \`---\`. Rules: the recommended preset.
root: true
split: thematic-break
`;

// ---------------------------------------------------------------------------------------------

function writeIfChanged(file, text) {
  try {
    if (fs.readFileSync(file, "utf8") === text) return;
  } catch {
    // missing
  }
  fs.writeFileSync(file, text);
}

/**
 * Writes the corpus if its stamp differs; returns the stamp. `files` is rounded up to whole
 * folders of 1,000.
 */
export function generate({ out, files = 10000, seed = DEFAULT_SEED, force = false, log = () => {} }) {
  const dirs = Math.ceil(files / FILES_PER_DIR);
  const stampFile = path.join(out, "corpus.json");
  const want = { version: GENERATOR_VERSION, seed, dirs, typicalBytes: Buffer.byteLength(TYPICAL_POST) };
  // The small files are cheap: written whenever they differ.
  fs.mkdirSync(out, { recursive: true });
  writeIfChanged(path.join(out, ".healthlintrc.yml"), CORPUS_CONFIG);
  writeIfChanged(path.join(out, "typical.md"), TYPICAL_POST);
  if (!force && fs.existsSync(stampFile)) {
    try {
      const have = JSON.parse(fs.readFileSync(stampFile, "utf8"));
      if (have.version === want.version && have.seed === want.seed && have.dirs === want.dirs) {
        if (have.typicalBytes !== want.typicalBytes) {
          have.typicalBytes = want.typicalBytes;
          fs.writeFileSync(stampFile, `${JSON.stringify(have, null, 2)}\n`);
        }
        return have;
      }
    } catch {
      // regenerate
    }
  }
  const started = performance.now();
  fs.rmSync(path.join(out, "posts"), { recursive: true, force: true });
  fs.writeFileSync(path.join(out, "long-256k.md"), longPost(seed + 1, 256 * 1024));
  fs.writeFileSync(path.join(out, "long-1m.md"), longPost(seed + 2, 1024 * 1024));
  const r = new Rng(seed);
  const perDir = [];
  let totalBytes = 0;
  let totalPosts = 0;
  for (let d = 0; d < dirs; d++) {
    const dir = path.join(out, "posts", `d${String(d).padStart(2, "0")}`);
    fs.mkdirSync(dir, { recursive: true });
    let bytes = 0;
    let posts = 0;
    for (let i = 0; i < FILES_PER_DIR; i++) {
      const f = file(r, d * FILES_PER_DIR + i);
      fs.writeFileSync(path.join(dir, f.name), f.text);
      bytes += Buffer.byteLength(f.text);
      posts += f.posts;
    }
    perDir.push({ files: FILES_PER_DIR, bytes, posts });
    totalBytes += bytes;
    totalPosts += posts;
  }
  const stamp = {
    ...want,
    files: dirs * FILES_PER_DIR,
    bytes: totalBytes,
    posts: totalPosts,
    perDir,
    long256kBytes: fs.statSync(path.join(out, "long-256k.md")).size,
    long1mBytes: fs.statSync(path.join(out, "long-1m.md")).size,
  };
  fs.writeFileSync(stampFile, `${JSON.stringify(stamp, null, 2)}\n`);
  log(`generated ${stamp.files} files, ${(totalBytes / 1e6).toFixed(2)} MB, ${totalPosts} posts in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return stamp;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : dflt;
  };
  const here = path.dirname(fileURLToPath(import.meta.url));
  const stamp = generate({
    out: path.resolve(opt("--out", path.join(here, ".corpus"))),
    files: Number(opt("--files", 10000)),
    seed: Number(opt("--seed", DEFAULT_SEED)),
    force: args.includes("--force"),
    log: (s) => console.log(s),
  });
  const { perDir: _perDir, ...summary } = stamp;
  console.log(JSON.stringify(summary));
}
