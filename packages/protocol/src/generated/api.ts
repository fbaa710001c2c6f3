// Generated from openapi.yaml by `npm run generate`. Do not edit.

export interface paths {
    "/v1/agent/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The chat queue and the agent's open chats. */
        get: operations["listAgentConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/conversations/{conversationId}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a queued chat. */
        post: operations["claimConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/conversations/{conversationId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer in a chat. */
        post: operations["createAgentMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/reports/article-helpfulness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per article, how many readers found it helpful. */
        get: operations["listArticleHelpfulness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/reports/unanswered-searches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What citizens searched for and did not find, most frequent first. */
        get: operations["listUnansweredSearches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Requests to answer. */
        get: operations["listAgentRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign an agent in to the console. */
        post: operations["createAgentSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/challenge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A proof-of-work challenge (ALTCHA format) to solve before a create. */
        get: operations["getChallenge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The directory of ways to reach the body, with hours, holidays and closures.
         * @description Each channel carries its status timeline: the periods from `from` to `until`, each with
         *     whether the channel is open, why, and the instant the citizen is told about ("cierra a
         *     las 15:00", "abre el lunes a las 8:00"). The server computes it from the weekly hours,
         *     holidays and closures, which come too for the weekly tables. A client compares its clock
         *     with the periods' starts, so the status stays right while a page stays open, and shows
         *     the instants in the citizen's own time zone; after `until` it asks again.
         */
        get: operations["listChannels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a chat; the bot answers first, a person joins in office hours. */
        post: operations["createConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{conversationId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a chat; with `erase` the transcript is deleted (shared computers). */
        post: operations["closeConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{conversationId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server-sent events of a conversation, resumable from the last sequence seen. */
        get: operations["streamConversationEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{conversationId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a citizen message; its client id makes retries safe. */
        post: operations["createConversationMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{conversationId}/transcript": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every message of a conversation, in order. */
        get: operations["getConversationTranscript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/faq/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Article summaries, by topic or the most consulted. */
        get: operations["listFaqArticles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/faq/articles/{articleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One article, with its Markdown body. */
        get: operations["getFaqArticle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/faq/articles/{articleId}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer "was this helpful?" for an article. */
        post: operations["createArticleFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/faq/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the articles as a citizen types. */
        get: operations["searchFaq"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/faq/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Topics to browse, with their article counts. */
        get: operations["listFaqTopics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/forms/{formId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The fields of a form (the contact form is `contact`), defined by the body. */
        get: operations["getFormDefinition"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness, which asks nothing of the database.
         * @description The process answers requests. It does not touch the database, so a database outage does
         *     not get every server process restarted; `/v1/health/ready` tells whether to send traffic.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness, which needs the database to answer.
         * @description The server can serve citizens: its database answers a query. A load balancer sends traffic
         *     only to servers that answer 200 here; a 503 problem says the database does not answer.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a query, incident, complaint or suggestion; get a reference number. */
        post: operations["createRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests/{reference}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach a file to a request just created. */
        post: operations["createRequestAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The status of a request, by reference and access code (no account needed).
         * @description A POST so that the access code never appears in a URL or a log line.
         */
        post: operations["lookupRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/site": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public description of a site. */
        get: operations["getSite"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/surveys/{surveyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The questions of a survey. */
        get: operations["getSurvey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/surveys/{surveyId}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a survey. */
        post: operations["createSurveyResponse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Address: {
            locality: string;
            /** Format: uri */
            mapUrl?: string;
            postalCode: string;
            street: string;
        };
        AgentSession: {
            agent: {
                id: string;
                name: string;
            };
            token: string;
        };
        Article: {
            /** @description Markdown (CommonMark with tables); clients sanitize before showing it. */
            body: string;
            /** @description True when the requested language was not available. */
            fallback: boolean;
            id: components["schemas"]["Slug"];
            /** @description The language the article is written in. */
            lang: components["schemas"]["Lang"];
            tags: string[];
            title: string;
            topic: components["schemas"]["Slug"];
            updated: components["schemas"]["LocalDate"];
        };
        ArticleFeedbackInput: {
            /** @description Why not, in the reader's words; readers are told not to include personal data. */
            comment?: string;
            helpful: boolean;
            lang?: components["schemas"]["Lang"];
        };
        ArticleFeedbackReceipt: {
            articleId: components["schemas"]["Slug"];
            /** Format: date-time */
            createdAt: string;
            helpful: boolean;
            id: string;
        };
        ArticleList: {
            articles: components["schemas"]["ArticleSummary"][];
            lang: components["schemas"]["Lang"];
        };
        ArticleSummary: {
            fallback?: boolean;
            id: components["schemas"]["Slug"];
            title: string;
            topic: components["schemas"]["Slug"];
        };
        AttachmentReceipt: {
            bytes: number;
            id: string;
            mediaType: string;
            name: string;
        };
        /** @description An ALTCHA proof-of-work challenge. */
        Challenge: {
            /** @enum {string} */
            algorithm: "SHA-256";
            challenge: string;
            maxnumber: number;
            salt: string;
            signature: string;
        };
        Channel: {
            address?: components["schemas"]["Address"];
            /** @description How to use the channel, in one or two sentences. */
            description?: string;
            /** @description Where the channel starts (`tel:`, `mailto:`, `https:`, `sms:`). */
            href?: string;
            /** @description The contact as people read it (the phone number, the address). */
            hrefLabel?: string;
            id: components["schemas"]["Slug"];
            kind: components["schemas"]["ChannelKind"];
            name: string;
            /** @description The measured median time to a first answer, over the last 30 days. */
            responseTime?: {
                medianSeconds: number;
                sample: number;
            };
            schedule: components["schemas"]["Schedule"];
            /**
             * @description The channel's status from the directory's `from` to its `until`: periods in order,
             *     the first starting at `from`, each lasting until the next one starts.
             */
            timeline: components["schemas"]["StatusPeriod"][];
        };
        ChannelDirectory: {
            channels: components["schemas"]["Channel"][];
            closures: components["schemas"]["Closure"][];
            /**
             * Format: date-time
             * @description The instant the timelines start (now, or the `at` asked for).
             */
            from: string;
            holidays: components["schemas"]["Holiday"][];
            lang: components["schemas"]["Lang"];
            site: components["schemas"]["Slug"];
            timeZone: components["schemas"]["TimeZone"];
            /**
             * Format: date-time
             * @description The instant the timelines end; ask again after it.
             */
            until: string;
        };
        /** @enum {string} */
        ChannelKind: "phone" | "email" | "chat" | "whatsapp" | "sms" | "social" | "web" | "office" | "video";
        /** @description An exceptional closure, from `starts` (inclusive) to `ends` (exclusive). */
        Closure: {
            /** @description The channels closed; empty means every channel that observes holidays. */
            channels: components["schemas"]["Slug"][];
            /** Format: date-time */
            ends: string;
            id: string;
            reason: string;
            /** Format: date-time */
            starts: string;
        };
        /**
         * @description How sure the server is that a result answers the query: `high` can be offered as the
         *     answer (by a bot, say); `medium` is worth showing; `low` is a weak match.
         * @enum {string}
         */
        Confidence: "high" | "medium" | "low";
        ConversationEvent: {
            message?: components["schemas"]["Message"];
            queuePosition?: number;
            seq: number;
            status?: components["schemas"]["ConversationState"];
            /** @enum {string} */
            type: "message" | "status" | "typing" | "queue";
            typing?: boolean;
        };
        ConversationInput: {
            lang?: components["schemas"]["Lang"];
            /** @description The page the chat was opened on, without its query string. */
            pageUrl?: string;
            topic?: string;
        };
        ConversationSession: {
            /** @description Whether a person can join now (office hours and agents signed in). */
            humanAvailable?: boolean;
            /** Format: uuid */
            id: string;
            status: components["schemas"]["ConversationState"];
            token: string;
        };
        /** @enum {string} */
        ConversationState: "bot" | "queued" | "active" | "closed";
        ConversationSummary: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            lastSeq?: number;
            queuePosition?: number;
            status: components["schemas"]["ConversationState"];
            topic?: string;
        };
        FormDefinition: {
            fields: components["schemas"]["FormField"][];
            id: components["schemas"]["Slug"];
            lang: components["schemas"]["Lang"];
            /** @description Markdown. */
            privacyNotice: string;
            /** @description Working days within which a reply is promised. */
            replyDays?: number;
            title: string;
        };
        FormField: {
            /** @description For files, the accepted media types. */
            accept?: string[];
            autocomplete?: string;
            hint?: string;
            label: string;
            maxBytes?: number;
            maxLength?: number;
            name: string;
            options?: {
                label: string;
                value: string;
            }[];
            required: boolean;
            /** @enum {string} */
            type: "text" | "textarea" | "email" | "tel" | "select" | "radio" | "checkbox" | "date" | "file";
        };
        Health: {
            /** @enum {string} */
            database: "pglite" | "postgresql";
            /** @enum {string} */
            status: "ok";
            version: string;
        };
        HelpfulnessReport: {
            articles: {
                /** @description The latest comments of readers who said no. */
                comments: string[];
                helpful: number;
                id: components["schemas"]["Slug"];
                notHelpful: number;
                title: string;
            }[];
            /** Format: date-time */
            since: string;
        };
        Holiday: {
            date: components["schemas"]["LocalDate"];
            name: string;
        };
        /** @enum {string} */
        Lang: "es" | "en" | "pt";
        /** Format: date */
        LocalDate: string;
        /** @description A wall-clock time in the body's time zone, `HH:MM`; `24:00` is the end of a day. */
        LocalTime: string;
        Message: {
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            author: "citizen" | "bot" | "agent" | "system";
            authorName?: string;
            clientId: string;
            /** @description The conversation's sequence number of this message, from 1, without gaps. */
            seq: number;
            /** @description Articles or replies the bot offers as buttons. */
            suggestions?: {
                articleId?: components["schemas"]["Slug"];
                label: string;
            }[];
            text: string;
        };
        MessageInput: {
            /**
             * Format: uuid
             * @description A client-made UUID; a retry with the same id returns the first message.
             */
            clientId: string;
            text: string;
        };
        Problem: {
            detail?: string;
            /** @description For invalid input, one entry per problem, pointing at the field. */
            errors?: {
                message: string;
                pointer: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
        };
        /** @description A request's reference number, as told to the citizen. */
        Reference: string;
        RequestInput: {
            /** @description The values of the form's fields, by name. */
            fields: {
                [key: string]: string | boolean;
            };
            formId: components["schemas"]["Slug"];
            kind: components["schemas"]["RequestKind"];
            lang?: components["schemas"]["Lang"];
            /** @description The solved challenge, base64-encoded as ALTCHA sends it. */
            proof: string;
        };
        /** @enum {string} */
        RequestKind: "query" | "incident" | "complaint" | "suggestion";
        RequestLookup: {
            accessCode: string;
            reference: components["schemas"]["Reference"];
        };
        RequestReceipt: {
            accessCode: string;
            /** Format: date-time */
            createdAt: string;
            expectedReplyBy: components["schemas"]["LocalDate"];
            reference: components["schemas"]["Reference"];
            status: components["schemas"]["RequestState"];
        };
        /** @enum {string} */
        RequestState: "received" | "in-progress" | "waiting-citizen" | "answered" | "closed";
        RequestStatus: {
            /** @description Markdown, once answered. */
            answer?: string;
            /** Format: date-time */
            createdAt: string;
            expectedReplyBy?: components["schemas"]["LocalDate"];
            history: {
                /** Format: date-time */
                at: string;
                status: components["schemas"]["RequestState"];
            }[];
            kind: components["schemas"]["RequestKind"];
            reference: components["schemas"]["Reference"];
            status: components["schemas"]["RequestState"];
            /** Format: date-time */
            updatedAt: string;
        };
        Schedule: {
            /** @description Open at every hour (an online form, a mailbox); holidays do not apply. */
            alwaysOpen: boolean;
            /** @description Closed on the body's public holidays. */
            observesHolidays: boolean;
            weekly: components["schemas"]["WeeklyInterval"][];
        };
        SearchHit: {
            confidence: components["schemas"]["Confidence"];
            /** @description Present and true when the article is not in the requested language. */
            fallback?: boolean;
            id: components["schemas"]["Slug"];
            score: number;
            /** @description A short excerpt, as parts; parts with `match` are words that matched. */
            snippet: components["schemas"]["SnippetPart"][];
            title: string;
            topic: components["schemas"]["Slug"];
        };
        SearchResults: {
            lang: components["schemas"]["Lang"];
            query: string;
            /**
             * @description Present when the query is about something another administration or a company
             *     handles (a passport, the income tax return, changing electricity company) and no
             *     article of the site is about it; `results` is then empty. Comes from the site's
             *     referral list, in the requested language.
             */
            referral?: {
                /** @description Who handles it ("Policía Nacional"). */
                name: string;
                /** @description One sentence for the citizen. */
                text: string;
                /**
                 * Format: uri
                 * @description A page of theirs; always https.
                 */
                url?: string;
            };
            results: components["schemas"]["SearchHit"][];
        };
        Site: {
            id: components["schemas"]["Slug"];
            languages: components["schemas"]["Lang"][];
            name: string;
            timeZone: components["schemas"]["TimeZone"];
        };
        Slug: string;
        SnippetPart: {
            match: boolean;
            text: string;
        };
        /**
         * @description A span of time in which a channel's status stays the same. `until` is the instant the
         *     status line names: when open, the end of the open period ("cierra a las 15:00"); when
         *     closed, the next opening ("abre el lunes a las 8:00"). It is absent when that lies more
         *     than a year ahead or never comes (always open, no hours).
         */
        StatusPeriod: {
            /** @description The closure's reason, when `reason` is `closure`. */
            closure?: string;
            /** Format: date-time */
            from: string;
            /** @description The holiday's name, when `reason` is `holiday`. */
            holiday?: string;
            open: boolean;
            /**
             * @description `always`: open at every hour; `hours`: open or closed by the weekly hours;
             *     `holiday`: closed for a public holiday; `closure`: closed by an exceptional closure;
             *     `no-hours`: the channel has no hours at all.
             * @enum {string}
             */
            reason: "always" | "hours" | "holiday" | "closure" | "no-hours";
            /** Format: date-time */
            until?: string;
        };
        Survey: {
            id: components["schemas"]["Slug"];
            lang: components["schemas"]["Lang"];
            questions: components["schemas"]["SurveyQuestion"][];
            title: string;
        };
        SurveyQuestion: {
            id: components["schemas"]["Slug"];
            label: string;
            required: boolean;
            /** @enum {string} */
            type: "csat" | "nps" | "effort" | "yes-no" | "text";
        };
        SurveyResponseInput: {
            answers: {
                [key: string]: number | boolean | string;
            };
            /** @description What the survey follows (a conversation id, a page path). */
            context?: string;
        };
        SurveyResponseReceipt: {
            /** Format: date-time */
            createdAt: string;
            id: string;
        };
        /**
         * @description An IANA time zone name.
         * @example Europe/Madrid
         */
        TimeZone: string;
        Topic: {
            count: number;
            id: components["schemas"]["Slug"];
            name: string;
        };
        TopicList: {
            lang: components["schemas"]["Lang"];
            topics: components["schemas"]["Topic"][];
        };
        Transcript: {
            /** Format: uuid */
            id: string;
            messages: components["schemas"]["Message"][];
        };
        UnansweredSearchReport: {
            searches: {
                count: number;
                lang: components["schemas"]["Lang"];
                /** Format: date-time */
                lastSeen: string;
                query: string;
            }[];
            /** Format: date-time */
            since: string;
        };
        /**
         * @description One opening interval of a weekday (ISO numbering, 1 = Monday). When `closes` is not after
         *     `opens` the interval runs past midnight into the next day.
         */
        WeeklyInterval: {
            closes: components["schemas"]["LocalTime"];
            day: number;
            opens: components["schemas"]["LocalTime"];
        };
    };
    responses: {
        /** @description An error, described for people and programs. */
        Problem: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many requests from this client; retry after the given seconds. */
        TooManyRequests: {
            headers: {
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        articleId: components["schemas"]["Slug"];
        conversationId: string;
        /** @description A client-made unique key (a UUID); retries with the same key and body get the first response. */
        idempotencyKey: string;
        /** @description The language of texts; Spanish when absent or not available. */
        lang: components["schemas"]["Lang"];
        reference: components["schemas"]["Reference"];
        /** @description The site (public body or portal); the server's default site when absent. */
        site: components["schemas"]["Slug"];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAgentConversations: {
        parameters: {
            query?: {
                status?: "queued" | "active" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Conversations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        conversations: components["schemas"]["ConversationSummary"][];
                    };
                };
            };
        };
    };
    claimConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["conversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Taken. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationSummary"];
                };
            };
            409: components["responses"]["Problem"];
        };
    };
    createAgentMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["conversationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageInput"];
            };
        };
        responses: {
            /** @description Stored. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
        };
    };
    listArticleHelpfulness: {
        parameters: {
            query?: {
                days?: number;
                /** @description The site (public body or portal); the server's default site when absent. */
                site?: components["parameters"]["site"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HelpfulnessReport"];
                };
            };
            401: components["responses"]["Problem"];
        };
    };
    listUnansweredSearches: {
        parameters: {
            query?: {
                days?: number;
                limit?: number;
                /** @description The site (public body or portal); the server's default site when absent. */
                site?: components["parameters"]["site"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The searches. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnansweredSearchReport"];
                };
            };
            401: components["responses"]["Problem"];
        };
    };
    listAgentRequests: {
        parameters: {
            query?: {
                status?: components["schemas"]["RequestState"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Requests. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        requests: components["schemas"]["RequestStatus"][];
                    };
                };
            };
        };
    };
    createAgentSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Signed in. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentSession"];
                };
            };
            401: components["responses"]["Problem"];
        };
    };
    getChallenge: {
        parameters: {
            query?: {
                /** @description The site (public body or portal); the server's default site when absent. */
                site?: components["parameters"]["site"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The challenge. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Challenge"];
                };
            };
        };
    };
    listChannels: {
        parameters: {
            query?: {
                /**
                 * @description Start the timelines at this instant instead of now: previews of a date (the
                 *     gallery's "closed", "holiday" and "closure" states) and tests. From
                 *     2000-01-01T00:00:00Z up to, not including, 2100-01-01T00:00:00Z, with seconds below
                 *     60 (no leap second); anything else is a 400 problem.
                 */
                at?: string;
                /** @description The language of texts; Spanish when absent or not available. */
                lang?: components["parameters"]["lang"];
                /** @description The site (public body or portal); the server's default site when absent. */
                site?: components["parameters"]["site"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description The channels. Without `at`, the answer is the same for every citizen until a channel's
             *     status next changes: `Cache-Control` keeps it no longer than that, and its `ETag` lets
             *     a client ask again with `If-None-Match`.
             */
            200: {
                headers: {
                    "Cache-Control"?: string;
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelDirectory"];
                };
            };
            /** @description The directory has not changed since the `ETag` given in `If-None-Match`. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem"];
            404: components["responses"]["Problem"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createConversation: {
        parameters: {
            query?: {
                /** @description The site (public body or portal); the server's default site when absent. */
                site?: components["parameters"]["site"];
            };
            header?: {
                /** @description A client-made unique key (a UUID); retries with the same key and body get the first response. */
                "Idempotency-Key"?: components["parameters"]["idempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationInput"];
            };
        };
        responses: {
            /** @description Started. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationSession"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    closeConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["conversationId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @default false */
                    erase?: boolean;
                };
            };
        };
        responses: {
            /** @description Closed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationSummary"];
                };
            };
            401: components["responses"]["Problem"];
        };
    };
    streamConversationEvents: {
        parameters: {
            query: {
                /** @description The conversation token (EventSource cannot send headers). */
                token: string;
            };
            header?: {
                /** @description The last sequence number received; events after it are sent first. */
                "Last-Event-ID"?: string;
            };
            path: {
                conversationId: components["parameters"]["conversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An endless `text/event-stream` of `ConversationEvent`, each with `id` = its sequence. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["ConversationEvent"];
                };
            };
            401: components["responses"]["Problem"];
            404: components["responses"]["Problem"];
        };
    };
    createConversationMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["conversationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageInput"];
            };
        };
        responses: {
            /** @description Stored (or, for a retry, the message first stored). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            401: components["responses"]["Problem"];
            409: components["responses"]["Problem"];
        };
    };
    getConversationTranscript: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["conversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transcript. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transcript"];
                };
            };
            401: components["responses"]["Problem"];
        };
    };
    listFaqArticles: {
        parameters: {
            query?: {
                /** @description The language of texts; Spanish when absent or not available. */
                lang?: components["parameters"]["lang"];
                limit?: number;
                /** @description The site (public body or portal); the server's default site when absent. */
                site?: components["parameters"]["site"];
                sort?: "popular" | "title";
                topic?: components["schemas"]["Slug"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The articles. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleList"];
                };
            };
        };
    };
    getFaqArticle: {
        parameters: {
            query?: {
                /** @description The language of texts; Spanish when absent or not available. */
                lang?: components["parameters"]["lang"];
                /** @description The site (public body or portal); the server's default site when absent. */
                site?: components["parameters"]["site"];
            };
            header?: never;
            path: {
                articleId: components["parameters"]["articleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The article. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Article"];
                };
            };
            404: components["responses"]["Problem"];
        };
    };
    createArticleFeedback: {
        parameters: {
            query?: {
                /** @description The site (public body or portal); the server's default site when absent. */
                site?: components["parameters"]["site"];
            };
            header?: {
                /** @description A client-made unique key (a UUID); retries with the same key and body get the first response. */
                "Idempotency-Key"?: components["parameters"]["idempotencyKey"];
            };
            path: {
                articleId: components["parameters"]["articleId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArticleFeedbackInput"];
            };
        };
        responses: {
            /** @description Stored (or, for a retry, the first stored answer). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleFeedbackReceipt"];
                };
            };
            400: components["responses"]["Problem"];
            404: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    searchFaq: {
        parameters: {
            query: {
                /**
                 * @description True when the citizen has settled on this query (submitted it, or a bot asks on their
                 *     behalf), false while they type. Only settled searches that find nothing are counted
                 *     in the unanswered-searches report.
                 */
                final?: boolean;
                /** @description The language of texts; Spanish when absent or not available. */
                lang?: components["parameters"]["lang"];
                limit?: number;
                q: string;
                /** @description The site (public body or portal); the server's default site when absent. */
                site?: components["parameters"]["site"];
                topic?: components["schemas"]["Slug"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Results, best first. An empty list means nothing fits. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResults"];
                };
            };
            400: components["responses"]["Problem"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listFaqTopics: {
        parameters: {
            query?: {
                /** @description The language of texts; Spanish when absent or not available. */
                lang?: components["parameters"]["lang"];
                /** @description The site (public body or portal); the server's default site when absent. */
                site?: components["parameters"]["site"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The topics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TopicList"];
                };
            };
        };
    };
    getFormDefinition: {
        parameters: {
            query?: {
                /** @description The language of texts; Spanish when absent or not available. */
                lang?: components["parameters"]["lang"];
                /** @description The site (public body or portal); the server's default site when absent. */
                site?: components["parameters"]["site"];
            };
            header?: never;
            path: {
                formId: components["schemas"]["Slug"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The form. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormDefinition"];
                };
            };
            404: components["responses"]["Problem"];
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server answers (`database` names the kind of storage it uses). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            503: components["responses"]["Problem"];
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server and its database answer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            503: components["responses"]["Problem"];
        };
    };
    createRequest: {
        parameters: {
            query?: {
                /** @description The site (public body or portal); the server's default site when absent. */
                site?: components["parameters"]["site"];
            };
            header?: {
                /** @description A client-made unique key (a UUID); retries with the same key and body get the first response. */
                "Idempotency-Key"?: components["parameters"]["idempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestInput"];
            };
        };
        responses: {
            /** @description Registered. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestReceipt"];
                };
            };
            400: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createRequestAttachment: {
        parameters: {
            query?: {
                /** @description The site (public body or portal); the server's default site when absent. */
                site?: components["parameters"]["site"];
            };
            header: {
                /** @description A client-made unique key (a UUID); retries with the same key and body get the first response. */
                "Idempotency-Key"?: components["parameters"]["idempotencyKey"];
                "X-Access-Code": string;
            };
            path: {
                reference: components["parameters"]["reference"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    file: string;
                };
            };
        };
        responses: {
            /** @description Stored. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentReceipt"];
                };
            };
            404: components["responses"]["Problem"];
            413: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
        };
    };
    lookupRequest: {
        parameters: {
            query?: {
                /** @description The language of texts; Spanish when absent or not available. */
                lang?: components["parameters"]["lang"];
                /** @description The site (public body or portal); the server's default site when absent. */
                site?: components["parameters"]["site"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestLookup"];
            };
        };
        responses: {
            /** @description The request's public status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestStatus"];
                };
            };
            404: components["responses"]["Problem"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getSite: {
        parameters: {
            query?: {
                /** @description The site (public body or portal); the server's default site when absent. */
                site?: components["parameters"]["site"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The site. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Site"];
                };
            };
            404: components["responses"]["Problem"];
        };
    };
    getSurvey: {
        parameters: {
            query?: {
                /** @description The language of texts; Spanish when absent or not available. */
                lang?: components["parameters"]["lang"];
                /** @description The site (public body or portal); the server's default site when absent. */
                site?: components["parameters"]["site"];
            };
            header?: never;
            path: {
                surveyId: components["schemas"]["Slug"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The survey. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
                };
            };
            404: components["responses"]["Problem"];
        };
    };
    createSurveyResponse: {
        parameters: {
            query?: {
                /** @description The site (public body or portal); the server's default site when absent. */
                site?: components["parameters"]["site"];
            };
            header?: {
                /** @description A client-made unique key (a UUID); retries with the same key and body get the first response. */
                "Idempotency-Key"?: components["parameters"]["idempotencyKey"];
            };
            path: {
                surveyId: components["schemas"]["Slug"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyResponseInput"];
            };
        };
        responses: {
            /** @description Stored. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyResponseReceipt"];
                };
            };
            422: components["responses"]["Problem"];
        };
    };
}
