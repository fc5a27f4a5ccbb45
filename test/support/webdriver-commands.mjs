// The test-runner commands the suite uses, made to work in WebKit (MiniBrowser through W3C
// WebDriver, @web/test-runner-webdriver), where the stock plugins fall short:
// - `setViewport` throws for WebDriver sessions: here it sizes the window so that the page's
//   viewport (innerWidth × innerHeight) is the size asked for.
// - `sendKeys`: the stock plugin refuses `down`/`up`, and types a word by pressing all its keys
//   down and then releasing them all, which loses repeated letters in WebKit ('zwemmen' arrived as
//   'zwemen'). Here every key goes down and up in turn, `press: 'Shift+Tab'` holds the modifiers,
//   and `down`/`up` hold and release a key across commands, as with Chromium and Firefox.
// The stock plugins run before the project's own (the runner puts them first), so this plugin wraps
// them when the server starts: WebDriver sessions are handled here, every other browser by the stock
// code, unchanged.

// W3C WebDriver's codes for named keys (https://w3c.github.io/webdriver/#keyboard-actions).
const namedKeys = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: ' ',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
};

/** The WebDriver key value for a key name ('Tab', 'a', ' '); an unknown name is an error. */
function keyValue(name) {
  if (Object.hasOwn(namedKeys, name)) return namedKeys[name];
  if ([...name].length === 1) return name;
  throw new Error(`sendKeys in WebKit: unknown key name "${name}". Known names: ${Object.keys(namedKeys).join(', ')}, or a single character.`);
}

function keyActions(actions) {
  return [{ type: 'key', id: 'keyboard', actions }];
}

/** Down and up for each character in turn (a repeated letter is typed twice). */
function typeActions(text) {
  return [...text].flatMap((character) => [
    { type: 'keyDown', value: keyValue(character) },
    { type: 'keyUp', value: keyValue(character) },
  ]);
}

/** 'Shift+Tab': modifiers down, the key down and up, modifiers up (a lone '+' is the plus key). */
function pressActions(combination) {
  const names = combination === '+' ? ['+'] : combination.split('+');
  const values = names.map(keyValue);
  return [
    ...values.map((value) => ({ type: 'keyDown', value })),
    ...values.reverse().map((value) => ({ type: 'keyUp', value })),
  ];
}

function isWebDriver(session) {
  return session.browser.type === 'webdriver' && session.browser.driver;
}

async function sendKeys(driver, payload) {
  let actions;
  if (typeof payload?.type === 'string') actions = typeActions(payload.type);
  else if (typeof payload?.press === 'string') actions = pressActions(payload.press);
  else if (typeof payload?.down === 'string') actions = [{ type: 'keyDown', value: keyValue(payload.down) }];
  else if (typeof payload?.up === 'string') actions = [{ type: 'keyUp', value: keyValue(payload.up) }];
  else throw new Error('sendKeys needs one of type, press, down or up.');
  await driver.performActions(keyActions(actions));
  return true;
}

/** Sizes the window so the viewport is width × height (the window's frame and toolbar come on top). */
async function setViewport(driver, payload) {
  const { width, height } = payload ?? {};
  if (typeof width !== 'number' || typeof height !== 'number') throw new Error('setViewport needs a width and a height in pixels.');
  for (let attempt = 0; attempt < 3; attempt++) {
    const sizes = await driver.execute('return { innerWidth, innerHeight, outerWidth, outerHeight };');
    if (sizes.innerWidth === width && sizes.innerHeight === height) return true;
    const frameWidth = Math.max(0, sizes.outerWidth - sizes.innerWidth);
    const frameHeight = Math.max(0, sizes.outerHeight - sizes.innerHeight);
    await driver.setWindowRect(null, null, width + frameWidth, height + frameHeight);
    // The resize reaches the page a frame later.
    await driver.executeAsync('const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done()));');
  }
  const sizes = await driver.execute('return { innerWidth, innerHeight };');
  if (sizes.innerWidth !== width) {
    throw new Error(`setViewport in WebKit: asked for ${width}×${height}, the page got ${sizes.innerWidth}×${sizes.innerHeight} (the window may have a minimum width).`);
  }
  return true;
}

const handlers = {
  'send-keys-command': { command: 'send-keys', run: sendKeys },
  'set-viewport-command': { command: 'set-viewport', run: setViewport },
};

export function webdriverCommands() {
  return {
    name: 'webdriver-commands',
    serverStart({ config }) {
      for (const plugin of config.plugins ?? []) {
        const handler = handlers[plugin.name];
        if (!handler || typeof plugin.executeCommand !== 'function') continue;
        const stock = plugin.executeCommand.bind(plugin);
        plugin.executeCommand = async (context) => {
          if (context.command === handler.command && isWebDriver(context.session)) {
            return handler.run(context.session.browser.driver, context.payload);
          }
          return stock(context);
        };
      }
    },
  };
}
