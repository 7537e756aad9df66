// The baseline for the first-frame benchmark: the smallest Ink app, bundled like storylens.
import { render, Text } from 'ink';

const instance = render(<Text>Hello from Ink</Text>);
setTimeout(() => instance.unmount(), 50);
