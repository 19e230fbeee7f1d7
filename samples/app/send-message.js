// Synthetic sample: a small web back end that forwards chat messages to the assistant.
// The customer id comes from the signed-in user, so the data can later be found and deleted
// (DELETE /v2/user_data?customer_id=...). The learning opt-out header is missing: the demo
// reports it and `pii-lint --fix` adds it.
const AssistantV2 = require('ibm-watson/assistant/v2');
const { IamAuthenticator } = require('ibm-watson/auth');

const assistant = new AssistantV2({
  version: '2021-11-27',
  authenticator: new IamAuthenticator({ apikey: process.env.ASSISTANT_APIKEY }),
  serviceUrl: process.env.ASSISTANT_URL,
});

async function forward(user, sessionId, text) {
  const response = await assistant.message({
    assistantId: process.env.ASSISTANT_ID,
    sessionId,
    input: { text },
    headers: { 'X-Watson-Metadata': `customer_id=${user.customerId}` },
  });
  return response.result.output;
}

module.exports = { forward };
