/*
 * 证据上传: a small tus 1.0 client (creation, core PATCH/HEAD) for weak field connections.
 * The file goes up in chunks (data-chunk-size); the server keeps every byte it received,
 * so a dropped connection costs at most the unreceived part of one chunk. When a request
 * fails for want of a network the page says so, keeps the bar at the offset the server
 * confirmed, waits (1, 2, 4 … 30 s, or until the browser is back online), asks HEAD for
 * the offset and goes on from there. The upload address is kept in localStorage under the
 * file's name, size and date, so choosing the same file after a reload (or on the same
 * phone later) continues at the server's offset instead of starting over; it is removed
 * once the evidence is stored.
 */
(function () {
  'use strict';

  var TUS = '1.0.0';
  var DEFAULT_CHUNK = 8 * 1024 * 1024;
  var LONGEST_WAIT = 30;

  function csrfHeaders() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = { 'Tus-Resumable': TUS };
    if (token && header && token.content && header.content) {
      headers[header.content] = token.content;
    }
    return headers;
  }

  function b64(text) {
    var bytes = new TextEncoder().encode(text);
    var binary = '';
    bytes.forEach(function (b) { binary += String.fromCharCode(b); });
    return btoa(binary);
  }

  function metadata(form, file) {
    var pairs = [['filename', file.name]];
    ['caseId', 'activity', 'capturedBy', 'device', 'captureStart', 'captureEnd', 'location', 'description']
      .forEach(function (name) {
        var field = form.elements[name];
        if (field && field.value.trim() !== '') {
          pairs.push([name, field.value.trim()]);
        }
      });
    return pairs.map(function (p) { return p[0] + ' ' + b64(p[1]); }).join(',');
  }

  function fingerprint(file) {
    return 'sanxiang-evidence:' + [file.name, file.size, file.lastModified].join(':');
  }

  function percent(offset, size) {
    return size > 0 ? Math.min(100, offset * 100 / size) : 100;
  }

  function megabytes(bytes) {
    return (bytes / 1048576).toFixed(1);
  }

  async function problem(response) {
    try {
      var body = await response.json();
      return body.detail || ('上传失败（' + response.status + '）');
    } catch (e) {
      return '上传失败（' + response.status + '）';
    }
  }

  /** A refusal to show as it is: the upload cannot go on. */
  function Failure(message) {
    this.message = message;
  }

  /** No answer (offline, connection dropped, gateway down): wait and ask HEAD. */
  function Unreachable() {
  }

  /** The server is still busy with the previous request: wait briefly and ask HEAD. */
  function Busy() {
  }

  async function request(url, options) {
    var response;
    try {
      options.credentials = 'same-origin';
      options.cache = 'no-store';
      response = await fetch(url, options);
    } catch (networkError) {
      throw new Unreachable();
    }
    if (response.status === 502 || response.status === 503 || response.status === 504) {
      throw new Unreachable();
    }
    return response;
  }

  function init() {
    var form = document.getElementById('evidence-upload');
    if (!form) {
      return;
    }
    var endpoint = form.getAttribute('data-endpoint');
    var items = form.getAttribute('data-items');
    var maxSize = Number(form.getAttribute('data-max-size'));
    var input = form.elements.file;
    var progress = document.getElementById('ev-progress');
    var status = document.getElementById('ev-status');
    var submit = document.getElementById('ev-submit');
    var result = document.getElementById('ev-result');
    var wake = null;

    window.addEventListener('online', function () {
      if (wake) {
        wake();
      }
    });

    function pause(seconds) {
      return new Promise(function (resolve) {
        var timer = setTimeout(done, seconds * 1000);
        function done() {
          clearTimeout(timer);
          wake = null;
          resolve();
        }
        wake = done;
      });
    }

    function show(text, offset, size) {
      status.textContent = text;
      if (offset !== undefined) {
        progress.hidden = false;
        progress.value = percent(offset, size);
      }
    }

    function showProgress(offset, size) {
      show('正在上传：' + Math.floor(percent(offset, size)) + '%（' + megabytes(offset) + ' / ' + megabytes(size) + ' MB）',
        offset, size);
    }

    /* A file with an upload on the server is continued: its details went with the first
       request, so the form need not be filled again. */
    function resuming(yes) {
      form.noValidate = yes;
      submit.textContent = yes ? '继续上传' : '开始上传';
    }

    /** The server's offset, with the evidence id once stored; null if the upload is gone. */
    async function where(url) {
      var response = await request(url, { method: 'HEAD', headers: csrfHeaders() });
      if (response.status === 404 || response.status === 410) {
        return null;
      }
      if (!response.ok) {
        throw new Failure(await problem(response));
      }
      return { offset: Number(response.headers.get('Upload-Offset')), id: response.headers.get('Evidence-Id') };
    }

    async function create(file) {
      var headers = csrfHeaders();
      headers['Upload-Length'] = String(file.size);
      headers['Upload-Metadata'] = metadata(form, file);
      var response = await request(endpoint, { method: 'POST', headers: headers });
      if (response.status !== 201) {
        throw new Failure(await problem(response));
      }
      return new URL(response.headers.get('Location'), window.location.href).toString();
    }

    async function upload(file) {
      var key = fingerprint(file);
      var chunk = Number(form.getAttribute('data-chunk-size')) || DEFAULT_CHUNK;
      var url = localStorage.getItem(key);
      var offset = 0;
      var ask = url !== null;
      var confirmed = false;
      var sentLast = false;
      var failures = 0;
      while (true) {
        try {
          if (url === null) {
            url = await create(file);
            localStorage.setItem(key, url);
            confirmed = true;
          } else if (ask) {
            var at = await where(url);
            if (at === null) {
              localStorage.removeItem(key);
              if (sentLast) {
                throw new Failure('文件的最后一段已发出，但未收到服务器确认：请刷新证据列表核对是否已保存，未保存的再重新上传。');
              }
              if (confirmed) {
                throw new Failure('服务器上的上传记录已过期，请重新选择文件上传。');
              }
              url = null;
              continue;
            }
            if (at.id) {
              return at.id;
            }
            if (at.offset >= file.size) {
              throw new Busy();
            }
            if (!confirmed) {
              show('继续上次中断的上传：服务器已收到 ' + Math.floor(percent(at.offset, file.size)) + '%', at.offset, file.size);
            }
            offset = at.offset;
            confirmed = true;
            ask = false;
          }
          var end = Math.min(offset + chunk, file.size);
          var headers = csrfHeaders();
          headers['Upload-Offset'] = String(offset);
          headers['Content-Type'] = 'application/offset+octet-stream';
          sentLast = end === file.size;
          var response = await request(url, { method: 'PATCH', headers: headers, body: file.slice(offset, end) });
          if (response.status === 409) {
            throw new Busy();
          }
          if (response.status === 401 || response.status === 403) {
            throw new Failure((await problem(response)) + '。重新登录后再次选择该文件即可从中断处继续。');
          }
          if (response.status !== 204) {
            localStorage.removeItem(key);
            throw new Failure(await problem(response));
          }
          failures = 0;
          offset = Number(response.headers.get('Upload-Offset'));
          showProgress(offset, file.size);
          var id = response.headers.get('Evidence-Id');
          if (id) {
            return id;
          }
        } catch (e) {
          if (e instanceof Unreachable) {
            failures++;
            var wait = Math.min(LONGEST_WAIT, Math.pow(2, failures - 1));
            show('网络中断，正在等待重新连接…（服务器已收到 ' + Math.floor(percent(offset, file.size)) + '%，这部分不会丢失；'
              + wait + ' 秒后或网络恢复时自动续传）', offset, file.size);
            await pause(wait);
          } else if (e instanceof Busy) {
            show('正在与服务器核对续传位置…', offset, file.size);
            await pause(1);
          } else {
            throw e;
          }
          ask = url !== null;
        }
      }
    }

    async function stored(id, file) {
      localStorage.removeItem(fingerprint(file));
      show('上传完成（100%）。', file.size, file.size);
      var item = null;
      try {
        var response = await request(items + '/' + encodeURIComponent(id), { method: 'GET', headers: { Accept: 'application/json' } });
        if (response.ok) {
          item = await response.json();
        }
      } catch (e) {
        item = null;
      }
      document.getElementById('ev-result-name').textContent = item ? item.fileName : file.name;
      document.getElementById('ev-result-sha256').textContent = item ? item.sha256 : '（刷新证据列表查看）';
      document.getElementById('ev-result-sm3').textContent = item ? item.sm3 : '（刷新证据列表查看）';
      var link = document.getElementById('ev-result-link');
      link.href = '?' + (item && item.caseId ? 'caseId=' + encodeURIComponent(item.caseId) : '') + '#evidence-' + id;
      result.setAttribute('data-evidence-id', id);
      result.hidden = false;
    }

    input.addEventListener('change', async function () {
      resuming(false);
      result.hidden = true;
      var file = input.files[0];
      var url = file ? localStorage.getItem(fingerprint(file)) : null;
      if (!url) {
        return;
      }
      try {
        var at = await where(url);
        if (at === null) {
          localStorage.removeItem(fingerprint(file));
          return;
        }
        show('该文件上次已上传 ' + Math.floor(percent(at.offset, file.size)) + '%，点击“继续上传”从中断处继续（其余栏目已随上次上传保存，无需重填）。',
          at.offset, file.size);
      } catch (e) {
        show('该文件有未完成的上传：网络恢复后点击“继续上传”从中断处继续。');
      }
      resuming(true);
    });

    form.addEventListener('submit', async function (event) {
      event.preventDefault();
      var file = input.files[0];
      if (!file) {
        show('请选择要上传的文件');
        return;
      }
      if (file.size > maxSize) {
        show('文件过大，超过上传上限');
        return;
      }
      submit.disabled = true;
      submit.textContent = '正在上传…';
      result.hidden = true;
      try {
        await stored(await upload(file), file);
        input.value = '';
        resuming(false);
      } catch (e) {
        show(e instanceof Failure ? e.message : '上传失败：' + e);
      } finally {
        submit.disabled = false;
        resuming(form.noValidate);
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
