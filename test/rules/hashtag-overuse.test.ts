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
  ],
});
