// Generated from openapi.yaml by `npm run generate`. Do not edit.

/** Per operation, the query parameters the contract gives a default (present once validated). */
export interface queryDefaults {
    listArticleHelpfulness: "days";
    listFaqArticles: "limit" | "sort";
    listUnansweredSearches: "days" | "limit";
    searchFaq: "final" | "limit";
}
