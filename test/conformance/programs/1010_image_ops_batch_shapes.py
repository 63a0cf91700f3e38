# Static shapes through tf.image and TF1 queue batching as pix2pix's input pipeline uses them: decode_png (channels
# unknown until set_shape), convert_image_dtype, random flips, resize_images to a given size, crop_to_bounding_box to
# a static target, tf.train.batch adding the batch dim; kernels sized from the results.
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

raw = tf.image.decode_png(tf.placeholder(tf.string, []))
raw = tf.image.convert_image_dtype(raw, dtype=tf.float32)
raw.set_shape([None, None, 3])
half = raw[:, :128, :] * 2 - 1
r = tf.image.random_flip_left_right(half, seed=3)
r = tf.image.resize_images(r, [286, 286], method=tf.image.ResizeMethod.AREA)
r = tf.image.crop_to_bounding_box(r, 5, 7, 256, 256)
tf.get_variable('crop', r.shape.as_list())
paths, images = tf.train.batch([tf.placeholder(tf.string, []), r], batch_size=4)
tf.get_variable('batched', images.shape.as_list())
tf.get_variable('paths', paths.shape.as_list() + [1])
x = tf.placeholder(tf.float32, [2, 16, 16, 5])
y = tf.image.resize_images(x, [32, 24], method=tf.image.ResizeMethod.NEAREST_NEIGHBOR)
tf.get_variable('resized', y.shape.as_list())
gray = tf.image.decode_jpeg(tf.placeholder(tf.string, []), channels=1)
tf.get_variable('gray', [d if d is not None else 9 for d in gray.shape.as_list()])
