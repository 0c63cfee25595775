import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { RuleTester } from "../../src/testing/rule-tester.js";
import rule from "../../rules/hashtag-overuse.js";

new RuleTester().run(rule, {
  valid: [
    "Flu shots are in at every clinic this week. #FluSeason #GetVaccinated",
    { text: "Three is fine on X. #FluSeason #GetVaccinated #PublicHealth", platform: "x" },
    { text: "Four on Instagram is fine. #a1 #b2 #c3 #d4", platform: "instagram" },
    { name: "all-digit tags and C# are not hashtags", text: "Room #16, #2024, C# and #FluSeason #Vax #Health", platform: "x" },
    { name: "URL fragments are not hashtags", text: "See [our page](https://example.org/flu#dates) #FluSeason #Vax #Health", platform: "x" },
    { name: "hashtags in code are not counted", text: "`#one #two #three #four`\n\n#Flu", platform: "facebook" },
    { text: "Five here #a #b #c #d #e", platform: "x", options: { max: 5 } },
    { text: "#a #b #c #d", platform: "linkedin", options: { limits: { linkedin: 4 } } },
    { name: "hashtags in image alt text are not the post's", text: "![Nurse with a #FluSeason #Vax #Health #Shots sign](a.jpg)\n\nGet your shot. #FluSeason", platform: "facebook" },
    { name: "hashtags in HTML comments are not published", text: "<!-- #one #two #three -->\nGet your shot. #FluSeason #Vax", platform: "facebook" },
    { name: "HTML entities and room numbers are not hashtags", text: "Room #4, &#127807; &amp; #2024 #FluSeason #Vax", platform: "facebook" },
    { name: "a Markdown heading is not a hashtag", text: "# Flu clinic\n\n## Walk-ins welcome\n\n#FluSeason", platform: "threads" },
    { name: "emphasis around a hashtag does not hide it (and it is counted once)", text: "_#FluSeason_ **#Vax**", platform: "facebook" },
    { name: "a .txt post counts what it says", text: "Get your shot. #FluSeason #Vax #Health", platform: "x", format: "text" },
    { name: "each post of a split file is counted on its own", text: "#a #b #c\n\n---\n\n#d #e #f", platform: "x", split: "thematic-break" },
  ],
  invalid: [
    {
      text: "Get your flu shot! #FluSeason #GetVaccinated #PublicHealth #Health",
      platform: "x",
      errors: [{ messageId: "tooMany", line: 1, column: 60, endColumn: 67, text: "#Health", severity: "warn" }],
    },
    {
      name: "no platform: the generic default of 3",
      text: "Walk more. #a #b #c #d #e",
      errors: [{ messageId: "tooMany", text: "#d" }],
    },
    { text: "#One #Two #Three", platform: "facebook", errors: [{ messageId: "tooMany", text: "#Three" }] },
    {
      name: "past a hard cap the finding is an error",
      text: "Heart month. #HeartHealth #Cardio",
      platform: "threads",
      errors: [{ messageId: "overCap", text: "#Cardio", severity: "error" }],
    },
    {
      name: "hashtags after emoji and in other scripts count",
      text: "❤️#HeartMonth 💪#Fitness #健康 #Salud",
      platform: "x",
      errors: [{ messageId: "tooMany", text: "#Salud", line: 1 }],
    },
    {
      name: "a raised hard-cap finding stays at info when the user configured info",
      text: "#a #b #c #d #e #f",
      platform: "instagram",
      severity: "info",
      errors: [{ messageId: "overCap", severity: "info", text: "#f" }],
    },
    { text: "#a #b", options: { max: 1 }, platform: "instagram", errors: [{ messageId: "tooMany", text: "#b" }] },
    {
      name: "a hashtag in a link's text is published and counted",
      text: "Read [our #Asthma hub](https://example.com/asthma#summary). #RespiratoryHealth #PatientVoices #LifeSciences",
      platform: "linkedin",
      errors: [{ messageId: "tooMany", text: "#LifeSciences", message: "4 hashtags in this post; the limit for LinkedIn is 3." }],
    },
    {
      name: "a full-width ＃ is a hashtag",
      text: "¡Vacúnate! ＃SaludPública #Vacúnate #Gripe",
      platform: "facebook",
      errors: [{ messageId: "tooMany", text: "#Gripe" }],
    },
    {
      name: "positions survive front matter, CRLF and emoji",
      text: "---\r\nplatform: threads\r\n---\r\n💉 Shots today 👍🏽 #Flu\r\n#Vax",
      errors: [{ messageId: "overCap", line: 5, column: 1, endColumn: 5, text: "#Vax", severity: "error" }],
    },
  ],
});

/** Exact hashtag counts of realistic posts, and the finding each gets at the defaults. */
const FIXTURES: Record<string, { count: number; finding?: { messageId: string; text: string } }> = {
  "x-flu-clinic.md": { count: 3 },
  "x-too-many.md": { count: 5, finding: { messageId: "tooMany", text: "#PublicHealth" } },
  "x-room-numbers-and-code.md": { count: 2 },
  "linkedin-pharma-launch.md": { count: 4, finding: { messageId: "tooMany", text: "#LifeSciences" } },
  "linkedin-three.md": { count: 3 },
  "instagram-six.md": { count: 6, finding: { messageId: "overCap", text: "#PTtips" } },
  "instagram-five-with-emphasis.md": { count: 5 },
  "facebook-spanish.md": { count: 2 },
  "facebook-three.md": { count: 3, finding: { messageId: "tooMany", text: "#Sunrise" } },
  "threads-one.md": { count: 1 },
  "threads-two.md": { count: 2, finding: { messageId: "overCap", text: "#Screening" } },
  "generic-newsletter-blurb.md": { count: 4, finding: { messageId: "tooMany", text: "#Northgate" } },
  "generic-html-entities.md": { count: 2 },
};

describe("hashtag-overuse fixtures: exact counts on posts written like our users'", () => {
  const tester = new RuleTester();
  const dir = new URL("../../fixtures/hashtag-overuse/", import.meta.url);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".md"));
  it("every fixture has an expectation", () => {
    expect(files.sort()).toEqual(Object.keys(FIXTURES).sort());
  });
  for (const file of files) {
    it(file, () => {
      const text = fs.readFileSync(new URL(file, dir), "utf8");
      const expected = FIXTURES[file];
      const counted = tester.lint(rule, { text, options: { max: 0 } });
      expect(counted[0]?.message ?? "0 hashtags").toMatch(new RegExp(`^${expected.count} hashtags`));
      const found = tester.lint(rule, { text });
      expect(found.map((m) => ({ messageId: m.messageId, text: text.slice(m.range[0], m.range[1]) }))).toEqual(
        expected.finding ? [expected.finding] : [],
      );
    });
  }
});
