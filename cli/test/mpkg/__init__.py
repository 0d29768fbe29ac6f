print('mpkg init', __name__)
