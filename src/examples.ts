// Operations GraphiQL opens with: a tour of the graph, starting with the
// question newsgraph exists to answer. `variables`, where given, fill the
// tab's variables pane.
export const exampleOperations = [
  {
    name: 'WhoSaidWhatAboutThePullBack',
    query: `# Who said what about the announced pull-back of Russian troops?
# Run it with the ▶ button. Other tabs hold more examples.
query WhoSaidWhatAboutThePullBack {
  events(filter: { name: "pull-back" }, first: 1) {
    nodes {
      name
      startAt
      statements(first: 20) {
        totalCount
        nodes {
          statement {
            kind
            text
            verb
            venue
            saidAt
            speaker {
              __typename
              ... on Person { name }
              ... on Organization { name kind }
            }
            relations {
              nodes { kind from { text } to { text } }
            }
          }
        }
      }
    }
  }
}`,
  },
  {
    name: 'WhoAnsweredWhom',
    query: `# Statements that respond to other statements, with both speakers.
query WhoAnsweredWhom {
  statements(filter: { speakerName: "Kuleba" }) {
    nodes {
      text
      speaker { ... on Person { name } }
      relations(direction: OUTGOING, kinds: [RESPONDS_TO]) {
        nodes {
          kind
          to {
            text
            speaker { ... on Person { name } ... on Organization { name } }
          }
        }
      }
    }
  }
}`,
  },
  {
    name: 'WhoIsConnectedToTheCrisis',
    query: `# Everyone who spoke about the crisis or any event inside it, most vocal first.
query WhoIsConnectedToTheCrisis {
  events(filter: { topLevel: true }, first: 5) {
    nodes {
      name
      speakers(includeSubEvents: true) {
        statementCount
        speaker {
          ... on Person { name affiliations { nodes { role organization { name } } } }
          ... on Organization { name kind }
        }
      }
      children { nodes { name kind startAt } }
    }
  }
}`,
  },
  {
    name: 'ArticleWithEverything',
    query: `# The seed article: credits, images, and the entities it names.
query ArticleWithEverything {
  articles(first: 1) {
    nodes {
      headline
      url
      publishedAt
      publisher { name }
      contributors { nodes { role contributor { ... on Person { name } ... on Organization { name } } } }
      images {
        nodes {
          caption
          creditLine
          photographer { name }
          agencies { nodes { organization { name } } }
          depicts { nodes { entity { __typename ... on Person { name } ... on Event { name } ... on Place { name } } } }
        }
      }
      mentions(first: 10) {
        nodes { count entity { __typename ... on Person { name } ... on Organization { name } ... on Place { name } } }
      }
    }
  }
}`,
  },
  {
    name: 'PersonProfile',
    query: `# A person, looked up by a spelling variant of an alias.
query PersonProfile {
  people(filter: { name: "Sergey Shoigu" }) {
    nodes {
      name
      aliases
      affiliations { nodes { role organization { name } } }
      statements { nodes { text venue addressee { ... on Person { name } } } }
    }
  }
}`,
  },
  {
    name: 'SearchAsYouType',
    query: `# Ranked search over everything, with highlighted snippets. The last word
# matches as a prefix; names tolerate typos and spelling variants.
query SearchAsYouType {
  search(query: "Zelenskiy pull", first: 10) {
    totalCount
    edges {
      score
      snippet
      node {
        __typename
        ... on Person { name }
        ... on Statement { text }
        ... on Article { headline }
        ... on Event { name }
      }
    }
  }
}`,
  },
  {
    name: 'ResolveAName',
    query: `# Which entities could "Sergey Shoygu" be? (The resolver ingestion shares.)
query ResolveAName {
  resolveEntity(name: "Sergey Shoygu") {
    score
    matchedName
    entity { __typename ... on Person { id name } ... on Organization { id name } }
  }
}`,
  },
  {
    name: 'ConnectionsAndThreads',
    query: `# Who Kuleba is connected to and why, and the conversation around his statements.
query ConnectionsAndThreads {
  people(filter: { name: "Kuleba" }) {
    nodes {
      id
      name
      connections(first: 10) {
        totalCount
        edges { kind weight evidenceCount reason node { __typename ... on Person { id name } ... on Organization { id name } ... on Event { name } } }
      }
      statements(first: 1) {
        nodes {
          thread { depth relation statement { text speaker { ... on Person { name } ... on Organization { name } } } }
        }
      }
    }
  }
}`,
  },
  {
    name: 'PathBetweenTwo',
    query: `# The shortest chains between two nodes. Paste two ids (e.g. from the
# ConnectionsAndThreads tab) into the variables pane: { "from": "…", "to": "…" }
query PathBetweenTwo($from: ID!, $to: ID!) {
  path(from: $from, to: $to, maxLength: 4) {
    length
    hops {
      kind
      evidence
      from { __typename ... on Person { name } ... on Organization { name } ... on Statement { text } ... on Event { name } }
      to { __typename ... on Person { name } ... on Organization { name } ... on Statement { text } ... on Event { name } }
    }
  }
}`,
    // The ids are minted when the graph is seeded, so the variables pane shows the shape to fill in.
    variables: { from: '', to: '' },
  },
  {
    name: 'TalkOverTime',
    query: `# How the talk about the crisis grew day by day, and who said what by kind.
query TalkOverTime {
  events(filter: { topLevel: true }, first: 1) {
    nodes {
      id
      name
      timeline(granularity: DAY) {
        start
        statementCount
        articleCount
        topSpeakers { count speaker { ... on Person { id name } ... on Organization { id name } } }
      }
      speakers(first: 5) {
        statementCount
        countsByKind { kind count }
        speaker { ... on Person { name } ... on Organization { name } }
      }
    }
  }
}`,
  },
  {
    name: 'CompareSpeakers',
    query: `# Side by side: what each speaker said about an event (and its sub-events).
# Paste the event id and speaker ids from the TalkOverTime tab.
query CompareSpeakers($event: ID!, $speakers: [ID!]!) {
  compare(eventId: $event, speakerIds: $speakers) {
    event { name }
    columns {
      speaker { ... on Person { name } ... on Organization { name } }
      statementCount
      statements { saidAt kind text }
    }
  }
}`,
    variables: { event: '', speakers: [''] },
  },
  {
    name: 'PreviewRawTextExtraction',
    query: `# Paste an article as copied from a page; dryRun shows what would be stored, writing nothing.
mutation PreviewRawTextExtraction {
  ingestArticleText(
    dryRun: true
    publishedAt: "2022-02-15T12:00:00Z"
    publisher: "NBC News"
    text: """
“We’ll believe it when we see it,” the country’s foreign minister, Dmytro Kuleba, said at a news conference. “If we see the withdrawal, we believe in de-escalation.”

Russia has positioned some 130,000 troops around Ukraine but has consistently denied it is planning an invasion.

Tatyana Chistikova and Reuters contributed.
"""
  ) {
    extraction {
      headline
      statements { kind text speaker attributedFrom verb venue confidence start end }
      entities { type name aliases }
      contributors { name role }
      dropped { reason text }
    }
  }
}`,
  },
] as const;
