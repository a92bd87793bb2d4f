// Recording an answer in the browser (issue 14). A file from the script's own origin: the inbox's
// Content-Security-Policy allows no inline script. Without MediaRecorder or a microphone the
// Record buttons stay hidden and uploading a file still works.
(function () {
  "use strict";
  if (!window.MediaRecorder || !navigator.mediaDevices) return;
  for (const button of document.querySelectorAll("form.upload button.record")) {
    button.hidden = false;
    let recorder = null;
    let timer = null;
    button.addEventListener("click", async () => {
      if (recorder) { recorder.stop(); return; }
      let stream;
      try {
        stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      } catch (error) {
        button.disabled = true;
        return;
      }
      const chunks = [];
      recorder = new MediaRecorder(stream);
      recorder.addEventListener("dataavailable", (event) => chunks.push(event.data));
      recorder.addEventListener("stop", async () => {
        clearTimeout(timer);
        stream.getTracks().forEach((track) => track.stop());
        const form = button.form;
        const data = new FormData(form);
        data.delete("audio");
        data.append("audio", new Blob(chunks, { type: recorder.mimeType }), "recording");
        recorder = null;
        button.textContent = button.dataset.start;
        const answer = await fetch(form.action, { method: "POST", body: data, credentials: "same-origin" });
        if (answer.redirected) { window.location = answer.url; } else { document.documentElement.innerHTML = await answer.text(); }
      });
      recorder.start();
      button.textContent = button.dataset.stop;
      timer = setTimeout(() => recorder && recorder.stop(), Number(button.dataset.maxSeconds) * 1000);
    });
  }
})();
