import { define } from '../core/define.ts';
import { ChannelPicker } from './channel-picker.ts';

define('vn-channel-picker', ChannelPicker);
