/** What `healthlint init` writes. */
export const STARTER_CONFIG = `# healthlint configuration. Every key is described in .healthlintrc.example.yml
# of the healthlint package; rules and their options in docs/rules/.

# Stop looking for configs in parent folders.
root: true

# The recommended preset is the base; list here only what you change.
# extends: [recommended]

# Platform of posts whose front matter does not say (x, linkedin, instagram, facebook, threads, generic).
platform: generic

# Split files into posts: none, thematic-break (---) or heading.
split: none

rules:
  # hashtag-overuse: [warn, { max: 2 }]

# Shared with rules: your organisation's own contact details and staff are never patient data.
settings:
  organization:
    phones: []
    emails: []
    domains: []
    staff: []

# Files healthlint never lints (gitignore syntax, relative to this file).
ignorePatterns: []
`;
