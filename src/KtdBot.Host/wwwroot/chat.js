// KtdBot web chat: plain DOM, no build step. Every piece of text is inserted with textContent, never as HTML.
"use strict";

(function () {
  const log = document.getElementById("log");
  const form = document.getElementById("ask");
  const input = document.getElementById("question");
  const send = document.getElementById("send");
  const suggestions = document.getElementById("suggestions");
  let answers = 0;

  function newId() {
    if (window.crypto && typeof window.crypto.randomUUID === "function") {
      return window.crypto.randomUUID();
    }
    const bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  const conversationId = sessionStorage.getItem("ktdbot.conversation") || newId();
  sessionStorage.setItem("ktdbot.conversation", conversationId);

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function scrollDown() {
    log.scrollTop = log.scrollHeight;
  }

  function addUser(text) {
    log.appendChild(element("div", "msg user", text));
    scrollDown();
  }

  // "… [1] … [2]" → text with superscript links to the numbered sources below it.
  function answerBody(text, citationCount, prefix) {
    const body = document.createDocumentFragment();
    const marker = /\[(\d+)\]/g;
    let last = 0;
    let match;
    while ((match = marker.exec(text)) !== null) {
      const n = Number(match[1]);
      if (n < 1 || n > citationCount) continue;
      body.appendChild(document.createTextNode(text.slice(last, match.index)));
      const sup = element("sup");
      const link = element("a", "", "[" + n + "]");
      link.href = "#" + prefix + n;
      link.setAttribute("aria-label", "Nguồn " + n);
      sup.appendChild(link);
      body.appendChild(sup);
      last = match.index + match[0].length;
    }
    body.appendChild(document.createTextNode(text.slice(last)));
    return body;
  }

  function renderAnswer(bubble, data) {
    answers += 1;
    const prefix = "a" + answers + "-src-";
    const citations = Array.isArray(data.citations) ? data.citations : [];
    bubble.className = "msg bot";
    bubble.textContent = "";
    bubble.appendChild(answerBody(String(data.answer || ""), citations.length, prefix));
    if (citations.length > 0) {
      bubble.appendChild(element("p", "sources-title", "Nguồn"));
      const list = element("ol", "sources");
      citations.forEach((c, i) => {
        const item = element("li");
        item.id = prefix + (i + 1);
        item.appendChild(element("strong", "", c.title || "(không tên)"));
        if (c.source) item.appendChild(element("span", "meta", " — " + c.source));
        if (c.snippet) {
          const details = element("details");
          details.appendChild(element("summary", "", "Trích đoạn"));
          details.appendChild(element("p", "", c.snippet));
          item.appendChild(details);
        }
        list.appendChild(item);
      });
      bubble.appendChild(list);
    }
    showSuggestions(Array.isArray(data.suggestions) ? data.suggestions : []);
    scrollDown();
  }

  function showSuggestions(items) {
    suggestions.textContent = "";
    items.slice(0, 4).forEach((text) => {
      const button = element("button", "", text);
      button.type = "button";
      button.addEventListener("click", () => ask(text, true));
      suggestions.appendChild(button);
    });
  }

  async function ask(text, showQuestion) {
    const question = text.trim();
    if (!question) return;
    if (showQuestion) addUser(question);
    const bubble = element("div", "msg bot pending", "Đang trả lời…");
    log.appendChild(bubble);
    scrollDown();
    send.disabled = true;
    try {
      const response = await fetch("api/chat", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ conversationId: conversationId, text: question }),
      });
      let data = null;
      try { data = await response.json(); } catch (e) { data = null; }
      if (data && typeof data.answer === "string") {
        renderAnswer(bubble, data);
      } else {
        throw new Error("HTTP " + response.status);
      }
    } catch (e) {
      bubble.className = "msg bot error";
      bubble.textContent = "Xin lỗi, không kết nối được máy chủ. Bạn vui lòng thử lại.";
    } finally {
      send.disabled = false;
      input.focus();
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value;
    input.value = "";
    input.style.height = "";
    ask(text, true);
  });

  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  input.addEventListener("input", () => {
    input.style.height = "auto";
    input.style.height = Math.min(input.scrollHeight, 128) + "px";
  });

  // The greeting and example questions come from the bot itself (/start).
  ask("/start", false);
})();
